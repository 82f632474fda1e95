/**
 * The talk's pictures, drawn in code at build time: a black swan, the chain from chips to labs to
 * apps, and what the headline training cost covers against the whole bill. No figure is drawn into
 * them (figures live in the slide's text, with their sources); no logo, no image from elsewhere.
 * Text in them is 28 units high on drawings shown at about their own width, so it reads at 24px or more.
 */
import { html, type Html } from '../src/core/render/html.ts';
import { svgPicture } from '../src/core/render/svg.ts';

/** A black swan on dark water: the outlier of the title, drawn. */
export function blackSwan(): Html {
  return svgPicture({
    alt: 'A black swan gliding on water, its beak the accent colour.',
    width: 360,
    height: 300,
    body: [
      // Body and folded wing: one closed curve, tail raised at the back.
      html`<path class="pic-swan" d="M60 200 C 70 150, 150 140, 220 170 C 250 182, 270 190, 300 178 C 292 222, 240 246, 170 246 C 110 246, 70 232, 60 200 Z"/>`,
      html`<path class="pic-muted" d="M110 196 C 140 170, 200 168, 250 190 C 214 200, 160 206, 110 196 Z" opacity="0.55"/>`,
      // Neck: the S-curve up to the head.
      html`<path class="pic-swan" d="M262 186 C 236 150, 228 110, 246 78 C 260 54, 292 52, 304 72 L 292 80 C 282 68, 264 72, 258 88 C 246 116, 256 150, 284 180 Z"/>`,
      html`<circle class="pic-swan" cx="292" cy="72" r="16"/>`,
      html`<path class="pic-accent" d="M304 64 L 336 82 L 302 84 Z"/>`,
      html`<circle class="pic-surface" cx="290" cy="68" r="3"/>`,
      // Water.
      html`<path class="pic-line" d="M20 256 Q 60 244 100 256 T 180 256 T 260 256 T 340 256"/>`,
      html`<path class="pic-line" d="M60 280 Q 100 268 140 280 T 220 280 T 300 280" opacity="0.6"/>`,
    ],
  });
}

const box = (x: number, y: number, w: number, h: number, label: string, sub: string, accent = false): Html =>
  html`<g><rect class="${accent ? 'pic-accent' : 'pic-surface'}" x="${x}" y="${y}" width="${w}" height="${h}" rx="14"/>
<text x="${x + w / 2}" y="${y + h / 2 - 6}" text-anchor="middle" font-size="34" font-weight="700"${accent ? html` class="pic-on-accent"` : ''}>${label}</text>
<text x="${x + w / 2}" y="${y + h / 2 + 30}" text-anchor="middle" font-size="30" class="${accent ? 'pic-on-accent' : 'pic-label-muted'}">${sub}</text></g>`;

/** The chain AI runs on: chips, then the labs that train on them, then the apps built on the labs' models. */
export function valueChain(): Html {
  const arrow = (x: number) => html`<path class="pic-accent-line" d="M${x} 150 h 44 m -14 -14 l 14 14 l -14 14"/>`;
  return svgPicture({
    alt: 'A chain of three boxes, left to right: chips and power, then the labs that train models, then the apps built on them.',
    width: 680,
    height: 300,
    body: [
      box(0, 80, 190, 140, 'Chips', 'and power', true),
      arrow(198),
      box(250, 80, 190, 140, 'Labs', 'train models'),
      arrow(448),
      box(500, 80, 180, 140, 'Apps', 'use them'),
      html`<text x="95" y="50" text-anchor="middle" font-size="30" class="pic-label-muted">fell hardest</text>`,
      html`<text x="590" y="50" text-anchor="middle" font-size="30" class="pic-label-muted">some rose</text>`,
      html`<text x="340" y="280" text-anchor="middle" font-size="30" class="pic-label-muted">cheaper models move the money along</text>`,
    ],
  });
}

/** What the headline cost counts, one thin slice, against the rest of what it takes to be DeepSeek (not to scale). */
export function costBill(): Html {
  const slice = (y: number, h: number, label: string) =>
    html`<g><rect class="pic-surface" x="0" y="${y}" width="420" height="${h}" rx="10"/><text x="24" y="${y + h / 2 + 10}" font-size="28">${label}</text></g>`;
  return svgPicture({
    alt: 'A tall stack for the whole bill: chips and data centres, research and failed runs, staff; at its top a thin accent slice, the final training run, is all the headline counts. Not to scale.',
    width: 680,
    height: 440,
    body: [
      html`<rect class="pic-accent" x="0" y="0" width="420" height="56" rx="10"/>`,
      html`<text x="24" y="38" font-size="28" font-weight="700" class="pic-on-accent">Final training run</text>`,
      slice(68, 150, 'Chips and data centres'),
      slice(230, 110, 'Research, failed runs'),
      slice(352, 88, 'Staff'),
      html`<path class="pic-accent-line" d="M440 4 q 20 0 20 24 q 0 -24 20 -24"/>`,
      html`<text x="494" y="38" font-size="28" font-weight="700">the headline</text>`,
      html`<path class="pic-line" d="M440 68 q 20 0 20 40 v 252 q 0 40 20 40"/>`,
      html`<text x="494" y="250" font-size="28">the bill</text>`,
      html`<text x="494" y="286" font-size="30" class="pic-label-muted">not to scale</text>`,
    ],
  });
}
