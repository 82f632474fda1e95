/**
 * The single-file deck: after the main build, a second Vite build inlines every script (Chart.js's
 * lazy chunk too), style, font and image into dist/<talk-name>.html, which opens from a USB stick
 * by double-click (file://), where a browser refuses to load the main build's module scripts.
 */
import { extname } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { Talk } from '../core/model/talk.ts';
import { singleFileName } from '../core/file-name.ts';
import { inlineScriptHashes, singleFilePolicy } from './csp.ts';

/** The Vite mode of the second build; the first build starts it, and it must not start a third. */
export const SINGLE_FILE_MODE = 'single-file';


/** What in a page would still load from another file: the single file must have none of it. */
export function externalReferences(page: string): string[] {
  // Inline scripts are code, not markup: what they load shows up when the page runs (the e2e test).
  const markup = page.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  const styles = [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n');
  const references = [...markup.matchAll(/<(?:script|link|img|source|iframe|video|audio)\b[^>]*?\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
  const cssUrls = [...styles.matchAll(/url\(\s*["']?([^)"']+)/g)].map((match) => match[1]!);
  return [...references, ...cssUrls].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

const MEDIA_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json' };

function dataUrl(name: string, source: string | Uint8Array): string {
  const type = MEDIA_TYPES[extname(name)];
  if (!type) throw new Error(`single-file build: no media type known for ${name}; add it to MEDIA_TYPES in src/node/single-file.ts.`);
  return `data:${type};base64,${Buffer.from(source).toString('base64')}`;
}

/** vite-plugin-singlefile's warning that the page's policy admits no inline script (finishSingleFile adds their hashes). */
const INLINE_SCRIPT_WARNING = /Content-Security-Policy meta tag does not allow inline <script>/;

/**
 * In the second build: the page's policy becomes the single file's (csp.ts), with the hashes of the
 * scripts now inlined in it instead of 'self', the page takes the talk's name, and the build fails,
 * writing nothing, when anything would still be fetched.
 */
function finishSingleFile(fileName: string): Plugin {
  return {
    name: 'deck:single-file-finish',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('single-file build: Vite produced no index.html.');
        let page = String(index.source);
        // What the page links to itself (its icon), which Vite leaves as files, becomes a data: URL.
        for (const [name, file] of Object.entries(bundle)) {
          const reference = `"./${name}"`;
          if (file.type !== 'asset' || name === 'index.html' || !page.includes(reference)) continue;
          page = page.replaceAll(reference, `"${dataUrl(name, file.source)}"`);
          delete bundle[name];
        }
        // The stylesheet inlined as <style> keeps its <link>'s rel and crossorigin, which HTML does not
        // allow on <style> (the Nu checker says so).
        page = page.replaceAll('<style rel="stylesheet" crossorigin>', '<style>');
        const leftOver = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (leftOver.length > 0) this.error(`single-file build: not inlined into the page: ${leftOver.join(', ')}. Import it from code or CSS so Vite can inline it.`);
        const external = externalReferences(page);
        if (external.length > 0) this.error(`single-file build: the page still loads ${external.join(', ')}; it would break when opened from disk.`);
        const csp = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
        if (!csp.test(page)) this.error('single-file build: the page has no Content-Security-Policy meta to extend with its inline scripts.');
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName, source: page.replace(csp, (_match, open: string, close: string) => `${open}${singleFilePolicy(inlineScriptHashes(page))}${close}`) });
      },
    },
  };
}

/** In the main build: once its files are written, writes the single file into the same folder. */
export function singleFileDeck(talk: Pick<Talk, 'meta'>): Plugin {
  let config: ResolvedConfig;
  let written = false;
  return {
    name: 'deck:single-file',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // A failed main build has already said why; a second build would only repeat it.
      if (!written) return;
      await build({
        configFile: config.configFile,
        root: config.root,
        mode: SINGLE_FILE_MODE,
        logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
        plugins: [viteSingleFile({ useRecommendedBuildConfig: true }), finishSingleFile(singleFileName(talk.meta.title))],
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          // The inlining plugin lists every file it inlines; only its warnings matter here, bar one:
          // that the page's policy admits no inline script, which finishSingleFile makes it do, by hash.
          rolldownOptions: { onLog: (level, log, handler) => (log.plugin === 'vite:singlefile' && (level === 'info' || INLINE_SCRIPT_WARNING.test(log.message)) ? undefined : handler(level, log)) },
        },
      });
      config.logger.info(`single file: ${config.build.outDir}/${singleFileName(talk.meta.title)}`);
    },
  };
}
