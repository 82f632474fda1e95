import { defineSection } from '../../src/core/define.ts';

export const reactions = defineSection({
  id: 'reactions',
  title: 'Big Tech reacts',
  slides: [],
});
