/**
 * The package as written: every part well-formed XML even when the plan's text
 * carries markup characters or characters XML 1.0 forbids, every part named in
 * [Content_Types].xml and every relationship pointing at a part, and the same
 * bytes for the same plan.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Block, LayoutDocument } from '../../layout/model.ts';
import { renderDocx } from './index.ts';
import { packageParts } from './testClients.ts';
import { fixtureDocument } from './testFixture.ts';
import { escapeXml } from './xml.ts';

/** Text as a pasted document can bring it: markup, a form feed, a lone surrogate, an emoji. */
const HOSTILE = 'Biaya <Rp> & "APBD"\u000C akhir\uD800 ok 🙂';

/** Throws with the parser's message when `xml` is not well-formed XML 1.0. */
function parse(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

function hostileDocument(): LayoutDocument {
  const doc = fixtureDocument();
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'body',
      runs: [
        { text: HOSTILE },
        { text: '', footnote: HOSTILE },
        { text: 'tautan', link: 'https://example.go.id/?a=1&b=<2>' },
      ],
    },
    { kind: 'list', ordered: false, items: [{ runs: [{ text: HOSTILE }] }] },
  ];
  const [first, ...rest] = doc.sections;
  if (!first) throw new Error('fixture without sections');
  return {
    ...doc,
    headerText: HOSTILE,
    sections: [first, { ...rest[0]!, blocks: [...rest[0]!.blocks, ...blocks] }, ...rest.slice(1)],
  };
}

describe('XML text', () => {
  it('escapes markup characters and drops what XML 1.0 forbids', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('form\u000Cfeed\u0000 nul\uFFFE')).toBe('formfeed nul');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('tab\tand\nline 🙂 – Rp1.000')).toBe('tab\tand\nline 🙂 – Rp1.000');
  });
});

describe('the package', () => {
  it('writes every part as well-formed XML, whatever the text holds', async () => {
    const parts = packageParts(await renderDocx(hostileDocument()));
    for (const [path, xml] of Object.entries(parts)) expect(() => parse(xml), path).not.toThrow();
    const body = parts['word/document.xml'] ?? '';
    expect(body).toContain('Biaya &lt;Rp&gt; &amp; &quot;APBD&quot; akhir ok 🙂');
    expect(parts['word/footnotes.xml']).toContain('Biaya &lt;Rp&gt; &amp;');
    expect(parts['word/_rels/document.xml.rels']).toContain(
      'Target="https://example.go.id/?a=1&amp;b=&lt;2&gt;" TargetMode="External"',
    );
    expect(Object.values(parts).some((xml) => xml.includes('Biaya &lt;Rp&gt;'))).toBe(true);
  });

  it('names every part in the content types and relates only to parts that exist', async () => {
    const bytes = await renderDocx(fixtureDocument());
    const parts = packageParts(bytes);
    const types = parts['[Content_Types].xml'] ?? '';
    for (const path of Object.keys(parts).filter((p) => p.endsWith('.xml') && !p.startsWith('[')))
      expect(types, path).toContain(`PartName="/${path}"`);
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const targets = [...rels.matchAll(/Target="([^"]+)"(?! TargetMode)/g)].map(([, t]) => t);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets)
      expect(
        target?.startsWith('media/') ? true : `word/${target}` in parts,
        `word/${target}`,
      ).toBe(true);
    const body = parts['word/document.xml'] ?? '';
    for (const [, id] of body.matchAll(/r:(?:id|embed)="([^"]+)"/g))
      expect(rels, id).toContain(`Id="${id}"`);
  });

  it('writes one header part per distinct header, however many sections show it', async () => {
    const doc = fixtureDocument();
    const parts = packageParts(await renderDocx(doc));
    const headers = Object.keys(parts).filter((p) => /^word\/header\d+\.xml$/.test(p));
    expect(doc.sections.length).toBeGreaterThan(headers.length);
    expect(new Set(headers.map((p) => parts[p])).size).toBe(headers.length);
  });

  it('gives the same bytes for the same plan', async () => {
    const doc = fixtureDocument();
    expect(await renderDocx(doc)).toEqual(await renderDocx(doc));
  });
});
