/**
 * Writing facts: value constructors, and derived facts computed from other facts in code, so no
 * derived number is typed in and each cites every source its inputs cite.
 */
import type { Fact, FactValue, Unit } from './model/facts.ts';

export const num = (value: number, unit: Unit): FactValue => ({ type: 'number', value, unit });
export const range = (low: number, high: number, unit: Unit): FactValue => ({ type: 'range', low, high, unit });
export const date = (iso: string): FactValue => ({ type: 'date', iso });

/** The low and high end of a number or range fact; a date cannot feed a computation. */
type Span = readonly [low: number, high: number];

function span(id: string, value: FactValue): Span {
  switch (value.type) {
    case 'number':
      return [value.value, value.value];
    case 'range':
      return [value.low, value.high];
    case 'date':
      throw new Error(`derived fact input "${id}" is a date, not a number`);
  }
}

/** One number per input id, in order, so `compute` sees a tuple as long as its inputs and needs no `!`. */
type Numbers<T extends readonly string[]> = { readonly [K in keyof T]: number };

/** Rounds away floating-point noise (0.1 + 0.2) without touching any real digit. */
const tidy = (value: number): number => Number(value.toPrecision(12));

/**
 * A `derive` over a registry of facts: the derived fact cites every source its inputs cite.
 * Where an input is a range (the sources disagree), `compute` runs at every combination of the
 * inputs' ends and the result is the range they span, which is exact for the sums, differences,
 * products and ratios of positive numbers.
 */
export function deriver<Id extends string, S extends string>(registry: Readonly<Record<Id, Fact<S>>>) {
  return <const T extends readonly [Id, ...Id[]]>(claim: string, inputs: T, unit: Unit, compute: (...values: Numbers<T>) => number, note?: string): Fact<S> => {
    const spans = inputs.map((id) => span(id, registry[id].value));
    // Only ranges have two ends to try: a computation over many plain numbers runs once, not 2^n times.
    const ranged = spans.flatMap(([low, high], i) => (low === high ? [] : [i]));
    const results: number[] = [];
    for (let corner = 0; corner < 2 ** ranged.length; corner++) {
      const values = spans.map(([low, high], i) => {
        const bit = ranged.indexOf(i);
        return bit < 0 || Math.floor(corner / 2 ** bit) % 2 === 0 ? low : high;
      });
      results.push(tidy(compute(...(values as unknown as Numbers<T>))));
    }
    if (!results.every(Number.isFinite)) throw new Error(`derived fact "${claim}" is not a finite number`);
    const low = Math.min(...results);
    const high = Math.max(...results);
    const [first, ...rest] = [...new Set(inputs.flatMap((id) => registry[id].sources))];
    if (first === undefined) throw new Error(`derived fact "${claim}" has no sources`);
    return {
      claim,
      value: low === high ? num(low, unit) : range(low, high, unit),
      sources: [first, ...rest],
      confidence: 'derived',
      ...(note === undefined ? {} : { note }),
    };
  };
}
