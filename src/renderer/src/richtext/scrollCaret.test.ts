import { describe, expect, it } from 'vitest';
import { whollyInside } from './scrollCaret.ts';

const pane = { top: 56, bottom: 900, left: 300, right: 1100 };

describe('whollyInside', () => {
  it('is true for a caret inside the pane, edges included', () => {
    expect(whollyInside({ top: 400, bottom: 426, left: 640, right: 641 }, pane)).toBe(true);
    expect(whollyInside({ top: 56, bottom: 900, left: 300, right: 1100 }, pane)).toBe(true);
  });

  it('is false for a caret cut off at any edge', () => {
    expect(whollyInside({ top: 890, bottom: 916, left: 640, right: 641 }, pane)).toBe(false);
    expect(whollyInside({ top: 40, bottom: 66, left: 640, right: 641 }, pane)).toBe(false);
    expect(whollyInside({ top: 400, bottom: 426, left: 299, right: 300 }, pane)).toBe(false);
    expect(whollyInside({ top: 400, bottom: 426, left: 1100, right: 1101 }, pane)).toBe(false);
  });
});
