/** pdf-lib's one-file ES build (./pdf-lib.ts) has the package's API and types. */
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
