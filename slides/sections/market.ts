import { defineSection } from '../../src/core/define.ts';

export const market = defineSection({
  id: 'market',
  title: 'The market on 27 January',
  slides: [],
});
