/**
 * The Content-Security-Policy of the renderer, in one place for the built page (meta tag),
 * the browser host (header) and the Electron window. No eval, no inline script or style
 * element, nothing remote: images only from the app itself and data/blob URLs of project assets.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The policy for a meta tag (frame-ancestors is only honoured in a header). */
export const CSP_META = DIRECTIVES.join('; ');

/** The policy as an HTTP header. */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
