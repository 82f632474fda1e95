/**
 * Pictures made in code: an inline SVG with its alt text (role="img", an aria-label and a <title>,
 * so screen readers, the PDF's tags and the PowerPoint export read it) and no colour of its own:
 * shapes take classes whose colours are the theme's tokens (src/styles/theme.css), so a theme
 * recolours them and they stay vectors, crisp at every size and in print.
 */
import { html, type Html } from './html.ts';

export interface Picture {
  /** What the picture shows, in a sentence: its alt text. */
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  /** The drawing: SVG elements made with the `html` tag. */
  readonly body: Html | readonly Html[];
}

export const svgPicture = ({ alt, width, height, body }: Picture): Html =>
  html`<svg class="picture" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${alt}"><title>${alt}</title>${body}</svg>`;
