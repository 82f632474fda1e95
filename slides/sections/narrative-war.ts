import { defineSection } from '../../src/core/define.ts';

export const narrativeWar = defineSection({
  id: 'narrative-war',
  title: 'The narrative war',
  slides: [],
});
