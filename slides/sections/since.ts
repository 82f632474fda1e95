import { defineSection } from '../../src/core/define.ts';

export const since = defineSection({
  id: 'since',
  title: 'What happened next',
  slides: [],
});
