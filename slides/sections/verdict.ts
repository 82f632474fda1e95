/** Part 8: the black swan question: Taleb's three tests applied, Taleb's own view, and the essay's verdict. */
import { em, f, section, t } from '../authoring.ts';

export const verdict = section({
  id: 'verdict',
  title: 'A black swan?',
  slides: [
    {
      kind: 'table',
      id: 'verdict-tests',
      title: 'A black swan? Taleb’s three tests',
      columns: ['Test', 'That Monday', 'Verdict'],
      rows: [
        [t`An outlier nobody could expect`, t`V3’s report public since ${f('rel-v3-paper')}; R1 since ${f('rel-r1')}`, t`${em('Fails')}`],
        [t`Extreme impact`, t`${f('nvda-mcap-loss', 'short')} off NVIDIA in a day`, t`Passes`],
        [t`Explained after the fact`, t`Every pundit had a story by Tuesday`, t`Passes`],
      ],
      caption: t`From ${em('The Black Swan')} (${f('bs-book-year')}): all three must hold.`,
      timing: 50,
      paragraphs: ['P06', 'P14'],
      notes: [
        t`Taleb's definition has three parts. A black swan is an outlier that nothing in the past pointed to; it has an extreme impact; and afterwards we invent explanations that make it look predictable.`,
        t`The impact is beyond doubt, and the stories after the fact came by the dozen, mine included. But the first test fails. The cost figures were in a public paper a month before the sell-off, and R1 itself had been out for a week. The market did not meet an unknown; it finally read what was already published.`,
      ],
    },
    {
      kind: 'quote',
      id: 'verdict-taleb',
      title: 'Taleb himself: a gray swan, not a black one',
      quotes: [{ quote: 'taleb-beginning', interest: t`Has long argued that markets underprice crashes; this fits his case.` }],
      timing: 35,
      paragraphs: ['P14'],
      notes: [
        t`The man who wrote the book agreed, in his own way. Talking to Bloomberg after the close, Taleb did not call it a black swan. He called AI stocks gray swans: risks you can see coming but that prices ignore, because buyers do not grasp how far a price can move in one day.`,
        t`He also said the next drops could be ${f('taleb-future-drops')} as big. That is a forecast, not a fact, and it comes from someone whose whole career argues that markets underrate crashes.`,
      ],
    },
    {
      kind: 'statement',
      id: 'verdict-no',
      title: 'My verdict: no black swan',
      statement: t`Cheaper AI means more AI, not less.`,
      detail: t`What did die: the story that only the newest NVIDIA chips can build a leading model.`,
      timing: 40,
      paragraphs: ['P14', 'P15'],
      notes: [
        t`So is DeepSeek the black swan for the Magnificent 7? I do not think so. When models get cheaper to train and to run, more people use them for more things, and adoption speeds up. That is Jevons again, the same argument Nadella made, even if he had his own reasons to make it.`,
        t`Some of the big players might trim their data-centre plans, or not. What changes is the story: until now, access to the latest NVIDIA chips was treated as the one thing that decided an AI company's future. That is no longer obviously true.`,
      ],
    },
  ],
});
