/** A small table: the first column names each row. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface TableSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'table';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Rich<I>[])[];
  readonly caption?: Rich<I>;
}

export const table = defineKind<TableSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<table class="data-table">
<thead><tr>${slide.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${slide.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${ctx.rich(cell)}</th>` : html`<td>${ctx.rich(cell)}</td>`))}</tr>`)}</tbody>
</table>
${slide.caption && html`<p class="caption">${ctx.rich(slide.caption)}</p>`}`,
});
