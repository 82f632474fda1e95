/**
 * The fact registry: every number the deck shows, with its sources.
 *
 * Base facts are transcribed from their sources; derived facts (ratios, sums, per-stage costs)
 * are computed here from base facts and inherit their sources, so no derived number is typed in.
 */
import type { Fact, FactValue, Unit } from '../src/core/types.ts';
import type { SourceId } from './sources.ts';

const num = (value: number, unit: Unit): FactValue => ({ type: 'number', value, unit });
const range = (low: number, high: number, unit: Unit): FactValue => ({ type: 'range', low, high, unit });
const date = (iso: string): FactValue => ({ type: 'date', iso });

const BASE = {
  'v3-pretrain-hrs': {
    claim: 'DeepSeek-V3 pre-training compute',
    value: num(2_664_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-ctx-hrs': {
    claim: 'DeepSeek-V3 context-extension compute',
    value: num(119_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-post-hrs': {
    claim: 'DeepSeek-V3 post-training compute',
    value: num(5_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-rate': {
    claim: 'Rental price DeepSeek assumed for one H800 GPU-hour',
    value: num(2, 'usd-per-gpu-hour'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-cost': {
    claim: 'DeepSeek-V3 official training cost, as the report states it',
    value: num(5_576_000, 'usd'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'rel-r1': {
    claim: 'DeepSeek-R1 released with open weights and paper',
    value: date('2025-01-20'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'nvda-mcap-loss': {
    claim: 'NVIDIA market value lost on 27 January 2025 (sources give $589B to $593B)',
    value: range(589e9, 593e9, 'usd'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
    note: 'Bloomberg-based reports say $589B; Reuters (LSEG data) says $593B.',
  },
} as const satisfies Record<string, Fact>;

type BaseFactId = keyof typeof BASE;

/** A number computed from base facts; it cites every source its inputs cite. */
function derive(claim: string, inputs: readonly BaseFactId[], unit: Unit, compute: (...values: number[]) => number): Fact {
  const values = inputs.map((id) => {
    const value: FactValue = BASE[id].value;
    if (value.type !== 'number') throw new Error(`derived fact "${claim}": input ${id} is not a single number`);
    return value.value;
  });
  const sources = [...new Set(inputs.flatMap((id): readonly SourceId[] => BASE[id].sources))] as [SourceId, ...SourceId[]];
  return { claim, value: num(compute(...values), unit), sources, confidence: 'derived' };
}

const DERIVED = {
  'v3-total-hrs': derive('DeepSeek-V3 total training compute (sum of the three stages)', ['v3-pretrain-hrs', 'v3-ctx-hrs', 'v3-post-hrs'], 'gpu-hours', (a, b, c) => a! + b! + c!),
  'v3-pretrain-cost': derive('DeepSeek-V3 pre-training at the assumed rental price', ['v3-pretrain-hrs', 'v3-rate'], 'usd', (h, r) => h! * r!),
} satisfies Record<string, Fact>;

export const FACTS: Readonly<Record<BaseFactId | keyof typeof DERIVED, Fact>> = { ...BASE, ...DERIVED };

export type FactId = keyof typeof FACTS;
