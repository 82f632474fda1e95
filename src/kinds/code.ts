/** Code, highlighted at build time, where code says it best. */
import { highlight, type CodeLanguage } from '../core/highlight.ts';
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { fromLibrary, html } from '../core/render/html.ts';

export interface CodeSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'code';
  readonly language: CodeLanguage;
  /** The code; build it from facts where it carries figures. */
  readonly code: string;
  readonly caption?: Rich<I>;
}

export const code = defineKind<CodeSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<pre class="code"><code class="hljs language-${slide.language}">${fromLibrary(highlight(slide.code, slide.language))}</code></pre>
${slide.caption && html`<p class="caption">${ctx.rich(slide.caption)}</p>`}`,
});
