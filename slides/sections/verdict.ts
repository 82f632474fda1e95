/** Part 10: the black swan question: Taleb's three tests weighed with the evidence, two insiders' views, and my verdict. */
import { em, f, section, t } from '../authoring.ts';
import { AS_OF_TEXT } from '../as-of.ts';
import { blackSwan } from '../pictures.ts';

export const verdict = section({
  id: 'verdict',
  title: 'A black swan?',
  slides: [
    {
      kind: 'section',
      id: 'verdict-divider',
      title: 'A black swan?',
      kicker: 'Taleb’s three tests, weighed with what we know now',
      picture: blackSwan(),
      timing: 10,
      paragraphs: ['P14'],
      notes: [
        t`Now the question in the title. I will hold the whole story against Taleb's own definition, test by test, with everything we know now.`,
      ],
    },
    {
      kind: 'table',
      id: 'verdict-tests',
      title: 'Taleb’s tests: one fails, one held briefly, one holds',
      columns: ['Test', 'The evidence', 'Verdict'],
      rows: [
        [t`An outlier`, t`Public since ${f('rel-v3-paper')}`, t`${em('Fails')}`],
        [t`Extreme impact`, t`${f('nvda-mcap-loss', 'short')}, back by ${f('mkt-nvda-4t-close')}`, t`Briefly`],
        [t`Explained after`, t`A story by Tuesday`, t`Holds`],
      ],
      caption: t`${AS_OF_TEXT}. ${em('The Black Swan')} (${f('bs-book-year')}): all three must hold.`,
      timing: 55,
      paragraphs: ['P06', 'P14'],
      sources: ['amodei-export-controls'],
      notes: [
        t`Taleb's black swan must pass three tests. It is an outlier nothing pointed to. Its impact is extreme. And afterwards we explain it away as predictable.`,
        t`The outlier test fails. The cost report was public from ${f('rel-v3-paper')}, and R1 from ${f('rel-r1')}. Amodei even argued the cost sat on the usual curve of falling prices.`,
        t`The impact was extreme, but short. The next day about ${f('mkt-rebound-share', 'short')} came back, and by ${f('mkt-nvda-4t-close')} NVIDIA closed at a record. The third test holds: I am explaining it right now.`,
        t`And a black swan depends on who is watching. Taleb's turkey is surprised on the last day; the butcher is not. Anyone who had read the papers was the butcher here.`,
      ],
    },
    {
      kind: 'quote',
      id: 'verdict-taleb',
      title: 'Two experts saw no outlier: a cost curve, a gray swan',
      quotes: [
        { quote: 'amodei-not-ratios', interest: t`Runs a rival lab.` },
        { quote: 'taleb-adjustment', interest: t`Advises a crash-hedging fund.` },
      ],
      sources: ['taleb-universa-history', 'bloomberg-taleb-2026'],
      timing: 35,
      paragraphs: ['P12', 'P14'],
      notes: [
        t`Two people who study this for a living saw no bolt from the blue. Dario Amodei said DeepSeek was cheaper, but not by the ratios people claimed. That puts it on the cost curve.`,
        t`Taleb, on the evening of the crash, called AI stocks gray swans: risks in plain sight that prices ignore. Remember his stake. He advises Universa, a tail-risk fund, and has long said crashes are underpriced.`,
      ],
    },
    {
      kind: 'statement',
      id: 'verdict-no',
      title: 'My verdict stands: no black swan',
      statement: t`Cheaper AI meant more AI, not less.`,
      detail: t`${AS_OF_TEXT}. The news was public; the chip story got more complex.`,
      timing: 45,
      paragraphs: ['P14', 'P15'],
      notes: [
        t`So, was DeepSeek the black swan for the seven? I still say no. Models got cheaper, people used more of them, and the big spenders spent more.`,
        t`What I concede: the story that only the newest NVIDIA chips matter got more complex, not dead. In ${f('r2-delay-report')} the FT reported that R2 stalled on Huawei chips, and that DeepSeek went back to NVIDIA to train.`,
        t`What I keep: this was a scare that read old news late. The loss was undone within months, which is not how a black swan behaves.`,
      ],
    },
  ],
});
