import { defineSection } from '../../src/core/define.ts';

export const interpretation = defineSection({
  id: 'interpretation',
  title: 'What it means',
  slides: [],
});
