import { describe, expect, it } from 'vitest';
import type { RichText } from '../model/richtext.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { createLayoutEnv } from './env.ts';
import { richTextBlocks, richTextIsEmpty } from './richText.ts';

function blocks(doc: RichText) {
  const env = createLayoutEnv(kotaSemarangContext(), []);
  env.captions.enter('2');
  return richTextBlocks(doc, env);
}

describe('rich text', () => {
  it('keeps bold, italic, underline, links and footnotes as runs', () => {
    const [paragraph] = blocks([
      {
        type: 'paragraph',
        children: [
          { text: 'Layanan ' },
          { text: 'terpadu', bold: true, italic: true },
          { text: ' untuk', underline: true },
          { type: 'footnote', note: ' BPS, 2025. ', children: [{ text: '' }] },
          { type: 'link', url: 'https://bps.go.id', children: [{ text: 'BPS' }] },
        ],
      },
    ]);
    expect(paragraph).toEqual({
      kind: 'paragraph',
      style: 'body',
      align: 'justify',
      runs: [
        { text: 'Layanan ' },
        { text: 'terpadu', bold: true, italic: true },
        { text: ' untuk', underline: true },
        { text: '', footnote: 'BPS, 2025.' },
        { text: 'BPS', link: 'https://bps.go.id' },
      ],
    });
  });

  it('drops links with other schemes but keeps their text', () => {
    const [paragraph] = blocks([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'klik' }] }],
      },
    ]);
    expect(paragraph).toMatchObject({ runs: [{ text: 'klik' }] });
  });

  it('nests lists and keeps numbered and bulleted apart', () => {
    const [list] = blocks([
      {
        type: 'numbered-list',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'paragraph', children: [{ text: 'UU 23/2014' }] },
              {
                type: 'bulleted-list',
                children: [
                  {
                    type: 'list-item',
                    children: [{ type: 'paragraph', children: [{ text: 'perubahan' }] }],
                  },
                ],
              },
            ],
          },
          {
            type: 'list-item',
            children: [{ type: 'paragraph', children: [{ text: 'Perpres 95/2018' }] }],
          },
        ],
      },
    ]);
    expect(list).toEqual({
      kind: 'list',
      ordered: true,
      items: [
        {
          runs: [{ text: 'UU 23/2014' }],
          children: { kind: 'list', ordered: false, items: [{ runs: [{ text: 'perubahan' }] }] },
        },
        { runs: [{ text: 'Perpres 95/2018' }] },
      ],
    });
  });

  it('turns sub-headings into unnumbered subheading paragraphs', () => {
    const [heading] = blocks([{ type: 'heading', level: 2, children: [{ text: 'Rincian' }] }]);
    expect(heading).toMatchObject({ kind: 'paragraph', style: 'subheading2' });
  });

  it('makes images figures with numbered captions, and a note for a missing asset', () => {
    const result = blocks([
      { type: 'image', assetId: 'peta-semarang', caption: 'Peta Kota', children: [{ text: '' }] },
      { type: 'image', assetId: 'hilang', caption: 'Foto', children: [{ text: '' }] },
      { type: 'image', assetId: 'peta-semarang', caption: 'Peta Kedua', children: [{ text: '' }] },
    ]);
    expect(result[0]).toMatchObject({
      kind: 'figure',
      caption: { label: 'Gambar 2.1', text: 'Peta Kota' },
    });
    expect(result[0]!.kind === 'figure' && result[0]!.image.mime).toBe('image/png');
    expect(result[1]).toMatchObject({ kind: 'paragraph', style: 'placeholder' });
    expect(result[2]).toMatchObject({ caption: { label: 'Gambar 2.2' } });
  });

  it('treats blank paragraphs as empty and skips them', () => {
    const doc: RichText = [
      { type: 'paragraph', children: [{ text: '  ' }] },
      { type: 'bulleted-list', children: [] },
    ];
    expect(richTextIsEmpty(doc)).toBe(true);
    expect(blocks(doc)).toEqual([]);
  });
});
