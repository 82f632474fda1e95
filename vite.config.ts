import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';
import { renderPage } from './src/core/render/page.ts';
import { contentSecurityPolicy } from './src/node/csp.ts';
import { preloadFonts } from './src/node/font-preload.ts';
import { ogImage } from './src/node/og-image.ts';
import { singleFileDeck } from './src/node/single-file.ts';
import { stagedDeckBuild } from './src/node/staged-build.ts';

/**
 * Renders every slide into index.html at build time, so the page holds the whole talk before any
 * script runs. In the dev server the renderer is loaded fresh on each request, so edits show live.
 */
function prerenderDeck(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'deck:prerender',
    configureServer(devServer) {
      server = devServer;
    },
    async transformIndexHtml(template) {
      if (!server) return renderPage(template);
      const fresh = (await server.ssrLoadModule('/src/core/render/page.ts')) as typeof import('./src/core/render/page.ts');
      return fresh.renderPage(template);
    },
    handleHotUpdate({ file, server: devServer }) {
      // Slide data and the renderer live in index.html, not in a module the client imports.
      if (/\/(slides|src\/core)\//.test(file)) {
        devServer.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}

/** The built page carries its Content-Security-Policy (the dev server's live reload needs none). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'deck:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (page) => page.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`),
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path and from any static host.
  base: './',
  // singleFileDeck: the build also writes dist/<talk-name>.html, the whole deck in one file.
  // ogImage: after the bundle is written, a PNG of the title slide for link previews (og:image).
  // preloadFonts: the body text (regular, italic, semibold) and the headings; code's font loads
  // only where a code slide needs it.
  // stagedDeckBuild: the build writes beside dist/ and replaces it only when it is complete.
  plugins: [
    stagedDeckBuild(),
    prerenderDeck(),
    contentSecurityPolicyMeta(),
    preloadFonts(['inter-latin-400-normal', 'inter-latin-400-italic', 'inter-latin-600-normal', 'space-grotesk-latin-700-normal']),
    singleFileDeck(),
    ogImage(),
  ],
  build: {
    target: 'es2022',
    outDir: process.env.DECK_OUT_DIR ?? 'dist',
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
