/**
 * Modules PDFKit and fontkit load as they start but need only for what the plan's PDF
 * never has: encryption (PDFKit's AES, SHA-2 and byte helpers from @noble) and WOFF2
 * fonts (fontkit's Brotli decoder, which unpacks its 120 kB dictionary as it loads).
 * Loading them took about 70 ms of every first export. Each is put in Node's module
 * cache (`require.cache`, which Node lets a program fill) as a stand-in that loads the
 * real module the first time it is used, so a PDF that does use them still gets them.
 */
import { replaceModule } from './moduleCache.ts';

interface Deferred {
  /** The package that requires it, as the chain from pdfmake resolves it. */
  from: readonly string[];
  id: string;
  /** What the module exports: a function (called) or an object (its members read). */
  kind: 'function' | 'object';
}

const DEFERRED: readonly Deferred[] = [
  { from: ['pdfkit'], id: '@noble/hashes/utils', kind: 'object' },
  { from: ['pdfkit'], id: '@noble/hashes/sha2', kind: 'object' },
  { from: ['pdfkit'], id: '@noble/ciphers/aes', kind: 'object' },
  { from: ['pdfkit', 'fontkit'], id: 'brotli/decompress.js', kind: 'function' },
];

/** A stand-in whose first use loads the module (from the module cache no more). */
function standIn(kind: Deferred['kind'], load: () => unknown): unknown {
  if (kind === 'function')
    return function (this: unknown, ...args: unknown[]) {
      return (load() as (...args: unknown[]) => unknown).apply(this, args);
    };
  return new Proxy(
    {},
    {
      get: (_, key) => (load() as Record<string | symbol, unknown>)[key],
      has: (_, key) => key in (load() as object),
      ownKeys: () => Reflect.ownKeys(load() as object),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load() as object, key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

let done = false;

/** The modules standing in, by module id, and whether each has been loaded since. */
export const deferredModules = new Map<string, { loaded: boolean }>();

/**
 * Puts the stand-ins in the module cache, resolving each module from the package that
 * requires it, starting from `pdfmakeFile` (a file of pdfmake's). Modules already loaded,
 * or not found where expected (another layout of node_modules), are left as they are.
 */
export function deferUnusedModules(pdfmakeFile: string): void {
  if (done) return;
  done = true;
  for (const { from, id, kind } of DEFERRED) {
    const state = { loaded: false };
    const replaced = replaceModule(pdfmakeFile, from, id, (loadReal) =>
      standIn(kind, () => {
        const real = loadReal();
        state.loaded = true;
        return real;
      }),
    );
    if (replaced) deferredModules.set(id, state);
  }
}
