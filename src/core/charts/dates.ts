/** Dated categories: a category named by a date fact, so no date on a chart is typed in. */
import { formatDate } from '../format.ts';
import type { DatedCategory } from '../model/chart-spec.ts';
import type { Registry } from '../registry.ts';

export function dateOf(id: string, registry: Registry): string {
  const value = registry.fact(id).value;
  if (value.type !== 'date') throw new Error(`fact "${id}" names a category's date but is a ${value.type}, not a date`);
  return value.iso;
}

/** A category's label as the chart writes it: a dated category gets its date from the registry. */
export function categoryLabel(category: string | DatedCategory, registry: Registry): string {
  return typeof category === 'string' ? category : `${category.label}, ${formatDate(dateOf(category.date, registry))}`;
}
