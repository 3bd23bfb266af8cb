/**
 * The id of this window (desktop) or tab (browser), chosen once per page load. The process
 * that owns files keeps locks and recovery copies per window, so two windows of one process
 * are told apart; a reload is a new window.
 */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const WINDOW_ID = randomId();
