import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { countWords } from './wordCount.ts';

const p = (...texts: string[]): Descendant =>
  ({ type: 'paragraph', children: texts.map((text) => ({ text })) }) as Descendant;

describe('countWords', () => {
  it('counts runs of non-space characters in every block, lists included', () => {
    const doc: Descendant[] = [
      p('Kota Banyuwangi menetapkan  enam dimensi smart city.'),
      p('Target ', 'capaian', ' tahun 2026'),
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [p('Smart Governance')] },
          { type: 'list-item', children: [p('Smart Branding')] },
        ],
      } as Descendant,
      p(''),
    ];
    expect(countWords(doc)).toBe(7 + 4 + 4);
  });

  it('recounts a block whose text changed and keeps the count of blocks that did not', () => {
    const first = p('Pemantauan capaian program');
    const second = p('Evaluasi tahunan');
    expect(countWords([first, second])).toBe(5);
    // Slate's edits replace the edited block with a new object; the other stays the same object.
    const edited = p('Evaluasi tahunan oleh Bappeda');
    expect(countWords([first, edited])).toBe(7);
    expect(countWords([first])).toBe(3);
    expect(countWords([])).toBe(0);
  });
});
