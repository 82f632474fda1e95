import { defineSection } from '../../src/core/define.ts';

export const theFacts = defineSection({
  id: 'the-facts',
  title: 'The facts',
  slides: [],
});
