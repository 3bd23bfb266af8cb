import { describe, expect, it } from 'vitest';
import { gridMove, type CaretState, type KeyInput } from './gridKeys.ts';

const key = (name: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: name,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...extra,
});
const text = (atStart: boolean, atEnd: boolean): CaretState => ({ kind: 'text', atStart, atEnd });

describe('gridMove', () => {
  it('moves left and right only at the edges of the text', () => {
    expect(gridMove(key('ArrowLeft'), text(false, true))).toBeUndefined();
    expect(gridMove(key('ArrowLeft'), text(true, false))).toEqual({ rows: 0, columns: -1 });
    expect(gridMove(key('ArrowRight'), text(true, false))).toBeUndefined();
    expect(gridMove(key('ArrowRight'), text(false, true))).toEqual({ rows: 0, columns: 1 });
  });

  it('moves up and down from one-line fields, and from a text area only at its ends', () => {
    expect(gridMove(key('ArrowDown'), text(false, false))).toEqual({ rows: 1, columns: 0 });
    expect(
      gridMove(key('ArrowDown'), { kind: 'textarea', atStart: false, atEnd: false }),
    ).toBeUndefined();
    expect(gridMove(key('ArrowUp'), { kind: 'textarea', atStart: true, atEnd: false })).toEqual({
      rows: -1,
      columns: 0,
    });
  });

  it('leaves up and down to a closed select, but Ctrl+arrow always moves', () => {
    const select: CaretState = { kind: 'select', atStart: true, atEnd: true };
    expect(gridMove(key('ArrowDown'), select)).toBeUndefined();
    expect(gridMove(key('ArrowDown', { ctrlKey: true }), select)).toEqual({ rows: 1, columns: 0 });
  });

  it('moves down on Enter in a one-line field and up with Shift+Enter', () => {
    expect(gridMove(key('Enter'), text(false, true))).toEqual({ rows: 1, columns: 0 });
    expect(gridMove(key('Enter', { shiftKey: true }), text(false, true))).toEqual({
      rows: -1,
      columns: 0,
    });
    expect(
      gridMove(key('Enter'), { kind: 'textarea', atStart: false, atEnd: true }),
    ).toBeUndefined();
  });

  it('ignores keys with Alt', () => {
    expect(gridMove(key('ArrowDown', { altKey: true }), text(true, true))).toBeUndefined();
  });
});
