/** What a chart kind adds at build time: its own checks and the fields only it draws with. */
import type { ResolvedChart } from '../chart-model.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import type { Unit } from '../model/facts.ts';
import type { Registry } from '../registry.ts';

type KindFields = Omit<ResolvedChart, 'id' | 'type' | 'labels' | 'series' | 'unit' | 'axisTitle' | 'scale' | 'min' | 'max' | 'alt'> &
  Partial<Pick<ResolvedChart, 'labels'>>;

export interface ChartKind<S extends ChartSpec> {
  /** Throws, naming the chart, where the spec could not be drawn honestly. */
  check(spec: S, unit: Unit, registry: Registry): void;
  /** Facts the kind reads beyond the series' values (a rate, the categories' dates). */
  extraFacts(spec: S): readonly string[];
  /** The kind's own fields of the resolved chart. */
  resolve(spec: S, unit: Unit, registry: Registry): KindFields;
}
