/**
 * Vite plugin for the Electron main bundle: core (only core) finds its data (templates, fonts) relative
 * to its own source file with `new URL('…', import.meta.url)`. Bundled into out/main, that
 * URL would point elsewhere; this rewrites `import.meta.url` in each source module to the
 * URL of that module's original file, reached from the bundle's location, so the data is
 * found where it ships (the checkout, or the same layout inside the packaged app).
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** `bundleDir` is the folder of the built main file; `appRoot` the folder packaged as the app. */
export function sourceRelativeUrls(options: { appRoot: string; bundleDir: string }): Plugin {
  return {
    name: 'rencana-source-relative-urls',
    transform(code, id) {
      if (!id.startsWith(`${options.appRoot}/src/core/`) || !code.includes('import.meta.url'))
        return undefined;
      const fromBundle = relative(options.bundleDir, id).split('\\').join('/');
      return {
        code: code.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        map: null,
      };
    },
  };
}

/**
 * Vite plugin for the Electron main bundle: a core module that makes its own CommonJS
 * `require` (createRequire) would clash with the `require` electron-vite adds to ES-module
 * bundles; inside such a module the binding is renamed, which changes nothing it does.
 */
export function moduleLocalRequire(options: { appRoot: string }): Plugin {
  return {
    name: 'rencana-module-local-require',
    transform(code, id) {
      if (!id.startsWith(`${options.appRoot}/src/core/`)) return undefined;
      if (!/\b(const|let|var)\s+require\s*=\s*createRequire\(/.test(code)) return undefined;
      return { code: code.replace(/\brequire\b(?=\s*[=(.])/g, 'requireHere'), map: null };
    },
  };
}
