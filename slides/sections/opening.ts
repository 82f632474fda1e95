import { defineSection } from '../../src/core/define.ts';
import { f, t } from '../../src/core/rich.ts';

export const opening = defineSection({
  id: 'opening',
  title: 'Opening',
  slides: [
    {
      kind: 'title',
      id: 'title',
      title: 'DeepSeek: Black Swan for the MAG7?',
      subtitle: 'What a cheap Chinese model did to the most valuable companies on earth, and what it did not',
      byline: 'A meetup talk after an essay written days after the sell-off',
      timing: 30,
      paragraphs: ['P01'],
      notes: [
        t`Welcome. This talk follows an essay a non-expert wrote in the days after DeepSeek's reasoning model shook the market at the end of January. The question in its title is the question of the evening: was this the black swan for the seven giants of American tech, or was it something else?`,
      ],
    },
    {
      kind: 'bullets',
      id: 'cost-headline',
      title: 'The number that shook the market',
      lead: t`DeepSeek-V3's final training run, as its own report prices it:`,
      bullets: [t`${f('v3-total-hrs')} on H800s`, t`at ${f('v3-rate')}`, t`= ${f('v3-cost')}`],
      stepwise: true,
      timing: 45,
      paragraphs: ['P07'],
      notes: [
        t`This is the figure every headline repeated. It is real, but it is narrow: it is what the last training run would have cost had the chips been rented at an assumed price. The report itself says research and failed experiments are not in it. Keep that in mind for the whole cost section.`,
      ],
    },
  ],
});
