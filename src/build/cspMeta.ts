/** Vite plugin: the built page carries the strict CSP as a meta tag (the dev server needs inline scripts). */
import type { Plugin } from 'vite';
import { CSP_META } from '../shared/csp.ts';

/** Adds `<meta http-equiv="Content-Security-Policy">` to index.html in production builds. */
export function cspMeta(): Plugin {
  return {
    name: 'rencana-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}
