/**
 * Putting a module of pdfmake's dependencies into Node's module cache (`require.cache`,
 * which Node lets a program fill) before it is first required, so that the package
 * requiring it gets ours: a stand-in loaded on first use (deferredModules.ts), a faster
 * reader (pngChunks.ts), native decoding (nativeDecoding.ts).
 */
import { createRequire, Module } from 'node:module';

/**
 * Resolves `id` as the chain `from` requires it, starting from pdfmake's file
 * `pdfmakeFile` (e.g. ['pdfkit', 'fontkit'] for a module fontkit requires), and caches the
 * exports `make` gives for it; `make` may load the real module through its argument (once).
 * Returns false, changing nothing, when the module is loaded already or is not where the
 * chain expects it (another layout of node_modules).
 */
export function replaceModule(
  pdfmakeFile: string,
  from: readonly string[],
  id: string,
  make: (loadReal: () => unknown) => unknown,
): boolean {
  let requireFrom: NodeJS.Require;
  let filename: string;
  try {
    requireFrom = createRequire(pdfmakeFile);
    for (const owner of from) requireFrom = createRequire(requireFrom.resolve(owner));
    filename = requireFrom.resolve(id);
  } catch {
    return false;
  }
  const cache = requireFrom.cache;
  if (cache[filename]) return false;
  const ours = new Module(filename);
  let real: { exports: unknown } | undefined;
  const loadReal = () => {
    if (!real) {
      // The real module is loaded as Node would, then ours goes back in its place.
      if (cache[filename] === ours) delete cache[filename];
      real = { exports: requireFrom(id) };
      cache[filename] = ours;
    }
    return real.exports;
  };
  ours.filename = filename;
  ours.loaded = true;
  ours.exports = make(loadReal);
  cache[filename] = ours;
  return true;
}
