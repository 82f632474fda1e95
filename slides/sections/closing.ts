import { defineSection } from '../../src/core/define.ts';

export const closing = defineSection({
  id: 'closing',
  title: 'Takeaways',
  slides: [],
});
