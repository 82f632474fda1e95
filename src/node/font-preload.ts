/**
 * Preloads the fonts the first screen is set in. Without this a browser finds each font only when it
 * lays out text that uses it, after the script has started the deck; each late font then lays out
 * the whole deck again. With it they arrive alongside the script.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { SINGLE_FILE_MODE } from './single-file.ts';

/** @param fonts the font files' names as the font packages ship them, without hash or extension */
export function preloadFonts(fonts: readonly string[]): Plugin {
  return {
    name: 'deck:preload-fonts',
    // The single file carries its fonts inside it: nothing to fetch, nothing to preload.
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE,
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }): HtmlTagDescriptor[] {
        const built = Object.keys(bundle ?? {}).filter((file) => file.endsWith('.woff2'));
        return fonts.map((font) => {
          const file = built.find((name) => name.split('/').pop()!.startsWith(`${font}-`));
          if (!file) throw new Error(`font preload: the build has no font file named ${font}; fonts it has: ${built.join(', ') || 'none'}. Update the list in vite.config.ts.`);
          // Fonts are fetched in CORS mode even from the page's own origin; the preload must match.
          return { tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: true }, injectTo: 'head' };
        });
      },
    },
  };
}
