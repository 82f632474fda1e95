/** Part 2, the hook: the sell-off itself: the record loss, the Magnificent 7 and the indices, who fell hardest. */
import { f, section, t } from '../authoring.ts';
import { largestOneDayLosses, mag7OnSelloffDay } from '../charts.ts';
import { valueChain } from '../pictures.ts';

export const market = section({
  id: 'market',
  title: 'The crash',
  slides: [
    {
      kind: 'chart',
      id: 'market-record',
      title: 'NVIDIA lost more value in a day than any company ever had',
      chart: largestOneDayLosses,
      takeaway: t`A record in dollars, not in per cent, and partly undone the next day.`,
      timing: 40,
      paragraphs: ['P07', 'P18'],
      notes: [
        t`Monday, ${f('mkt-selloff-date')}. In one session NVIDIA lost more market value than any company before it. Its shares fell about ${f('mkt-nvda-fall-about')}.`,
        t`The sources differ a little: Bloomberg-based reports say five hundred and eighty-nine billion dollars, Reuters five hundred and ninety-three. So I show the range, ${f('mkt-record-multiple')} NVIDIA's own record from ${f('mkt-prev-record-date')}.`,
        t`Two caveats. In per cent it was NVIDIA's worst day since the Covid crash, not a market record. And the next day it rose ${f('mkt-nvda-rebound-rise')}, winning back about ${f('mkt-rebound-share', 'short')} of the loss.`,
              ],
    },
    {
      kind: 'chart',
      id: 'market-mag7',
      title: 'NVIDIA sank, Apple rose, and the Dow gained',
      chart: mag7OnSelloffDay,
      takeaway: t`A chip sell-off: three of the Magnificent 7 closed higher.`,
      timing: 40,
      paragraphs: ['P17', 'P18'],
      notes: [
        t`Here is the whole picture for that Monday. NVIDIA went from ${f('mkt-nvda-prev-close')} on Friday to ${f('mkt-nvda-close-range')}; the sources differ by cents. That is a fall of about ${f('mkt-nvda-fall-about')}.`,
        t`The S&P 500's tech sector fell ${f('mkt-tech-sector-fall')}, its worst day in over four years, and Alphabet, Microsoft and Tesla lost a few per cent. But Apple rose ${f('mkt-aapl-rise')}, Meta and Amazon rose too, and the Dow gained ${f('mkt-dow-rise')}.`,
        t`Apple builds no frontier model of its own, and it won the day. I read that as a sign it would have more partners to choose from.`,
      ],
    },
    {
      kind: 'table',
      id: 'market-hardest',
      title: 'Who fell hardest: chips and power',
      columns: ['Company', 'Sells', 'Move'],
      rows: [
        [t`Vistra`, t`Power for data centres`, t`${f('mkt-vistra-pct')}`],
        [t`Siemens Energy`, t`Grid and turbines`, t`${f('mkt-siemens-energy-pct')}`],
        [t`Broadcom`, t`AI chips`, t`${f('mkt-avgo-pct')}`],
        [t`NVIDIA`, t`AI chips`, t`${f('mkt-nvda-pct')}`],
        [t`TSMC (US)`, t`Makes chips`, t`${f('mkt-tsm-pct')}`],
        [t`Oracle`, t`Cloud`, t`${f('mkt-orcl-pct')}`],
        [t`Chip index`, t`Semiconductors`, t`${f('mkt-sox-pct')}`],
      ],
      timing: 30,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`The deepest falls were not in the software giants. They were in what AI is built from: chips, and the power to run them.`,
        t`Vistra, a power producer sold as an AI play, lost over a quarter of its value. Constellation, Talen and GE Vernova fell hard too, and Siemens Energy was the weakest stock on the STOXX 600.`,
        t`Taiwan was closed for the Lunar New Year, so TSMC only traded in New York, and reports of that move disagree. The market was betting that cheaper models need fewer data centres. Was that a black swan? First, who is asking.`,
      ],
    },
    {
      kind: 'diagram',
      id: 'market-chain',
      title: 'The market sold the start of the chain, not its end',
      picture: valueChain(),
      takeaway: t`Chips and power fell; Apple, which builds on others’ models, rose ${f('mkt-aapl-rise')}.`,
      timing: 25,
      paragraphs: ['P15', 'P17'],
      notes: [
        t`Think of AI as a chain. Chips and power at one end, the labs that train models in the middle, and the apps we use at the other end.`,
        t`That Monday the market sold the start of the chain hardest. Apple, which sells devices and builds on other people's models, went up. Cheaper models move the money along the chain; they do not make it vanish.`,
      ],
    },
  ],
});
