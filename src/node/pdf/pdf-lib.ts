/**
 * pdf-lib, from its one-file ES build: loading it takes about a fifth of the time of the package's
 * entry, which requires 139 CommonJS files (0.2 s against 0.9 s here), and every export pays that
 * before it writes. Every module of the project that reads or writes a PDF imports pdf-lib from
 * here, so that its classes are one set: an object made by one copy fails `instanceof` in another.
 */
export * from 'pdf-lib/dist/pdf-lib.esm.min.js';
