/** Part 7: the essay's reading of the facts, in three points. */
import { f, section, t } from '../authoring.ts';

export const interpretation = section({
  id: 'interpretation',
  title: 'What it means',
  slides: [
    {
      kind: 'bullets',
      id: 'interpretation',
      title: 'Real, strong, and built by a lab short of chips',
      lead: t`Three things I would bet on:`,
      bullets: [
        t`The model is real and strong, and it caught the US labs off guard.`,
        t`The true cost was likely higher than ${f('v3-cost', 'short')}, but the tweaks show a lab short of compute.`,
        t`Its tricks make AI cheaper to train and to run.`,
      ],
      stepwise: true,
      timing: 35,
      paragraphs: ['P12', 'P13a', 'P13b', 'P13c'],
      notes: [
        t`Three days of reading did not make me an AI expert. What I could do was listen to people who know more, and discount each of them by what they stand to gain. Here is what survives that filter.`,
        t`First, the model is genuine: anyone can download it and test it, and it surprised most American players. Second, the real bill was surely bigger than the headline; but you only invent tricks like these when you are short of chips. Third, those tricks make models cheaper both to train and to serve, on less exotic hardware.`,
      ],
    },
  ],
});
