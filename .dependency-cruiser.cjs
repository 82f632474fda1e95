/**
 * The engine's import rules, checked by `npm run lint`: src/ (the engine) never imports slides/
 * (the talk), the pure layers import neither the browser nor Node, and no import cycle appears.
 */
module.exports = {
  forbidden: [
    {
      name: 'engine-imports-talk',
      comment: 'The engine is generic: a talk is handed to it (vite.config.ts), never imported from src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^slides/' },
    },
    {
      name: 'no-cycles',
      comment: 'Import cycles make modules load half-initialised and hide which layer depends on which.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-layers-stay-pure',
      comment: 'src/core and src/kinds run at build time and in the page: nothing of the browser side or Node.',
      severity: 'error',
      from: { path: '^src/(core|kinds)/' },
      to: { path: '^src/(browser|node)/|^node:' },
    },
    {
      name: 'browser-without-node',
      comment: 'Code for the page cannot use Node.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { path: '^src/node/|^node:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
