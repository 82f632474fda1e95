/** Part 4: the narrative war: what Twitter said that Sunday, against what anyone could check. */
import { f, section, t } from '../authoring.ts';

export const narrativeWar = section({
  id: 'narrative-war',
  title: 'The narrative war',
  slides: [
    {
      kind: 'section',
      id: 'narrative-divider',
      title: 'The narrative war',
      kicker: 'What Twitter said that Sunday, what Big Tech said next, and who gains from each story',
      timing: 10,
      paragraphs: ['P04', 'P08', 'P11'],
      notes: [
        t`While the numbers were argued over, a second fight was going on, over what the story even was. It began on Twitter that Sunday.`,
        t`Within days everyone who matters in tech had said something, and each verdict lined up neatly with the speaker's own business. So for every quote I will show you the stake next to it.`,
      ],
    },
    {
      kind: 'table',
      id: 'twitter-vs-evidence',
      title: 'Sunday’s Twitter claims did not survive a download',
      columns: ['Twitter said', 'What anyone could check'],
      rows: [
        [t`A hoax`, t`Open weights since ${f('rel-r1')}`],
        [t`Stolen`, t`A paper on its training`],
        [t`A data grab`, t`Fair for the app, not the weights`],
        [t`Nothing`, t`Top US free app on ${f('rel-appstore-no1')}`],
      ],
      sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
      timing: 35,
      paragraphs: ['P04', 'P08', 'P09'],
      notes: [
        t`That Sunday morning Twitter was the best place to follow the story: people were running the model and posting what they found.`,
        t`By the afternoon my feed was a flood of partisan noise, much of it machine-written. It was a hoax, a psyop, theft from American labs, a plot against America. Read only that, and you would think it was nothing.`,
        t`Yet every claim could be checked against something public: weights you could run, a paper you could read, an app millions were trying. Where the app's data goes is a fair question; the rest did not survive a download.`,
      ],
    },
  ],
});
