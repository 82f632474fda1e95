/** Part 6: the market on the day of the sell-off: the Magnificent 7, the indices, who fell hardest (the record loss opens the talk). */
import { defineSection } from '../../src/core/define.ts';
import { f, t } from '../../src/core/rich.ts';
import { mag7OnSelloffDay } from '../charts.ts';

export const market = defineSection({
  id: 'market',
  title: 'The market that Monday',
  slides: [
    {
      kind: 'section',
      id: 'market-divider',
      title: 'The market that Monday',
      kicker: 'The tech sector’s worst day in years, and a bet against the picks and shovels',
      timing: 10,
      paragraphs: ['P07'],
      notes: [
        t`Back to that Monday. The S&P 500's tech sector had its worst day in over four years. But the detail is narrower and more interesting than a tech crash, and it matters for the verdict.`,
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
        t`This is the whole picture for that Monday. NVIDIA went from ${f('mkt-nvda-prev-close')} on Friday to ${f('mkt-nvda-close-range')}; the sources differ by cents. That is a fall of about ${f('mkt-nvda-fall-about')}.`,
        t`The tech sector fell ${f('mkt-tech-sector-fall')}, and Alphabet, Microsoft and Tesla lost a few per cent. But Apple rose ${f('mkt-aapl-rise')}, Meta and Amazon rose too, and the Dow gained ${f('mkt-dow-rise')}.`,
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
        [t`Broadcom`, t`AI chips, networking`, t`${f('mkt-avgo-pct')}`],
        [t`NVIDIA`, t`AI chips`, t`${f('mkt-nvda-pct')}`],
        [t`TSMC (US shares)`, t`Makes the chips`, t`${f('mkt-tsm-pct')}`],
        [t`Oracle`, t`Data-centre cloud`, t`${f('mkt-orcl-pct')}`],
        [t`Chip index`, t`Semiconductors`, t`${f('mkt-sox-pct')}`],
      ],
      caption: t`Reports of TSMC’s move differ, so it is shown as a range.`,
      timing: 35,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`The deepest falls were not in the software giants. They were in what AI is built from: chips, and the power to run them.`,
        t`Vistra, a power producer sold as an AI play, lost over a quarter of its value. Constellation, Talen and GE Vernova fell hard too, and Siemens Energy was the weakest stock on the STOXX 600.`,
        t`Taiwan was closed for the Lunar New Year, so TSMC only traded in New York, and reports of that move disagree. The market was betting that cheaper models need fewer data centres.`,
      ],
    },
  ],
});
