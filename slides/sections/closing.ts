/** Part 10: the takeaways the essay's last heading promised, the generated Sources, and the closing slide. */
import { section, t } from '../authoring.ts';

export const closing = section({
  id: 'closing',
  title: 'Takeaways',
  slides: [
    {
      kind: 'bullets',
      id: 'takeaways',
      title: 'Read the source, weigh the stake, check the date',
      bullets: [
        t`Read the primary source, and check its date.`,
        t`Weigh every voice against its stake, mine included.`,
        t`Cheaper intelligence grows the market and reshuffles who profits.`,
      ],
      stepwise: true,
      timing: 35,
      paragraphs: ['P19', 'P03', 'P12', 'P14', 'P18'],
      notes: [
        t`My first write-up ended with a heading for takeaways, and the text under it was lost. So here they are.`,
        t`Go to the primary source: the V3 report itself said the headline number left out research and experiments. Discount every opinion by what the speaker stands to gain, and that includes me.`,
        t`Do not confuse a huge move with a surprise: everything was published weeks earlier. And cheaper intelligence does not shrink the market; it changes who wins in it.`,
        t`Last, check the date on every figure. In AI, last year's number is already history.`,
      ],
    },
    {
      kind: 'sources',
      id: 'sources',
      title: 'Sources',
      timing: 10,
      paragraphs: [],
      notes: [
        t`Every figure in this talk comes from the list on these pages, and each slide names its own sources at the bottom. Where sources disagreed, I showed the range.`,
      ],
    },
    {
      kind: 'closing',
      id: 'closing',
      title: 'Thank you',
      message: t`Not a black swan: a price cut for intelligence. Questions?`,
      unpublished: t`The public address is not set yet: this copy is the one the speaker brought.`,
      timing: 10,
      paragraphs: [],
      notes: [
        t`Thank you for listening. I would love to hear where you think I got it wrong, and especially any source that contradicts one of mine.`,
      ],
    },
  ],
});
