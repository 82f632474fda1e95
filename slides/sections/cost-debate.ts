import { defineSection } from '../../src/core/define.ts';

export const costDebate = defineSection({
  id: 'cost-debate',
  title: 'The cost debate',
  slides: [],
});
