/** Part 6: the market on the day of the sell-off: the Magnificent 7, the indices, the record loss, who fell hardest. */
import { f, section, t } from '../authoring.ts';
import { largestOneDayLosses, mag7OnSelloffDay } from '../charts.ts';

export const market = section({
  id: 'market',
  title: 'The market that Monday',
  slides: [
    {
      kind: 'section',
      id: 'market-divider',
      title: 'The market that Monday',
      kicker: 'Not a tech crash: a bet against the picks and shovels.',
      timing: 10,
      paragraphs: ['P07'],
      notes: [
        t`Now the money. The headlines said tech crashed. The numbers say something narrower and more interesting, and the detail matters for the black swan question later.`,
      ],
    },
    {
      kind: 'chart',
      id: 'market-mag7',
      title: 'NVIDIA sank, Apple rose, the Dow gained',
      chart: mag7OnSelloffDay,
      takeaway: t`A chip sell-off: three of the Magnificent 7 closed higher.`,
      timing: 45,
      paragraphs: ['P17', 'P18'],
      notes: [
        t`This is the whole picture for that Monday. NVIDIA went from ${f('mkt-nvda-prev-close')} on Friday to ${f('mkt-nvda-close')}, down ${f('mkt-nvda-pct')}; the wires rounded it to ${f('mkt-nvda-pct-about')}, and The Epoch Times has the close at ${f('mkt-nvda-close-epoch')}, so sources differ by cents. Alphabet, Microsoft and Tesla fell by a few per cent.`,
        t`But Apple rose ${f('mkt-aapl-pct')}, Meta and Amazon rose too, and the Dow ended up ${f('mkt-dow-pct')}. Apple, which builds no frontier model of its own, was the winner of the day: the essay saw that as a sign it would gain more partners to choose from.`,
      ],
    },
    {
      kind: 'chart',
      id: 'market-record',
      title: 'The largest one-day loss of market value ever',
      chart: largestOneDayLosses,
      takeaway: t`A record in dollars, not in per cent, and partly undone the next day.`,
      timing: 40,
      paragraphs: ['P18'],
      notes: [
        t`NVIDIA lost more market value in one session than any company before it. The sources disagree slightly: Bloomberg-based reports say five hundred and eighty-nine billion dollars, Reuters with LSEG data says five hundred and ninety-three, so I show the range. It was ${f('mkt-record-multiple')} NVIDIA's own record from ${f('mkt-prev-record-date')}.`,
        t`Keep two caveats. The record is in dollars; in per cent it was NVIDIA's worst day since March of the Covid crash, no market record. And on Tuesday the stock rose ${f('mkt-nvda-rebound-pct')}, winning back about ${f('mkt-nvda-rebound-gain', 'short')}, roughly ${f('mkt-rebound-share', 'short')} of the loss.`,
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
      timing: 40,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`The deepest falls were not in the software giants but in what AI is built from: chips, and the power to run them. Vistra, a power producer sold as an AI play, lost over a quarter of its value. Constellation, Talen and GE Vernova each fell more than ${f('mkt-power-peers-pct')}; in Europe Siemens Energy was the weakest stock on the STOXX 600.`,
        t`Taiwan was closed for the Lunar New Year, so TSMC only traded in New York, and reports of that move disagree, as does Oracle's exact close. The market was betting that cheaper models need fewer data centres.`,
      ],
    },
  ],
});
