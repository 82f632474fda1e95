import { defineSection } from '../../src/core/define.ts';

export const verdict = defineSection({
  id: 'verdict',
  title: 'A black swan?',
  slides: [],
});
