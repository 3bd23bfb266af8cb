/**
 * Composes the rich text of one section: an opening paragraph, figures, then parts with
 * sub-headings, paragraphs and lists until the section's word budget is spent. A few
 * paragraphs carry footnotes, links and italic terms, as real plans do.
 */
import type {
  BlockNode,
  InlineNode,
  ListElement,
  ListItemElement,
  ParagraphElement,
  RichText,
} from '../../src/core/model/richtext.ts';
import { legalBasis, missions } from './fixedText.ts';
import type { Random } from './random.ts';
import { sectionProfile } from './sectionProfiles.ts';
import { sentence, wordCount, type ProseScope } from './sentences.ts';
import type { Theme } from './templates.ts';

export interface FigureRef {
  assetId: string;
  caption: string;
}

export interface RichTextRequest {
  /** The section's id in the template (e.g. "kondisi"), which picks its profile. */
  sectionId: string;
  /** Word budget; the text stops at the first sentence that reaches it. */
  words: number;
  scope: ProseScope;
  figures: FigureRef[];
  /** Domain for links, e.g. "jatengprov.go.id". */
  domain: string;
}

export interface ComposedText {
  doc: RichText;
  words: number;
}

const ITALIC_TERMS = [
  'dashboard',
  'single sign-on',
  'open data',
  'cloud',
  'early warning system',
  'big data',
  'e-commerce',
];
const SOURCES = [
  'BPS',
  'Dukcapil',
  'Diskominfo',
  'Bappeda',
  'Kementerian Komunikasi dan Digital',
  'KemenPANRB',
];
const LEAD_INS = [
  'Penguatan kelembagaan.',
  'Integrasi layanan.',
  'Peningkatan kapasitas.',
  'Kemitraan.',
  'Standar data.',
  'Pendanaan.',
  'Pemantauan.',
  'Perluasan cakupan.',
];

class Writer {
  readonly blocks: BlockNode[] = [];
  words = 0;
  private readonly recent = new Set<string>();

  constructor(
    private readonly request: RichTextRequest,
    private readonly random: Random,
  ) {}

  get full(): boolean {
    return this.words >= this.request.words;
  }

  sentences(theme: Theme, count: number): string {
    const parts: string[] = [];
    for (let i = 0; i < count && !(i > 0 && this.full); i++) {
      const text = sentence(theme, this.request.scope, this.random, this.recent);
      this.words += wordCount(text);
      parts.push(text);
    }
    return parts.join(' ');
  }

  inlines(text: string): InlineNode[] {
    const { random } = this;
    if (random.chance(0.06)) {
      const note = `Sumber: ${random.pick(SOURCES)} ${this.request.scope.region}, ${this.request.scope.period.start - 1}.`;
      this.words += wordCount(note);
      return [{ text }, { type: 'footnote', note, children: [{ text: '' }] }, { text: '' }];
    }
    if (random.chance(0.03)) {
      const url = `https://data.${this.request.domain}`;
      return [
        { text: `${text} Data pendukung dapat diunduh melalui ` },
        { type: 'link', url, children: [{ text: `portal Satu Data` }] },
        { text: '.' },
      ];
    }
    if (random.chance(0.08)) {
      const term = random.pick(ITALIC_TERMS);
      return [
        { text: `${text} Istilah ` },
        { text: term, italic: true },
        { text: ' digunakan dalam arti yang lazim di lingkungan pemerintahan.' },
      ];
    }
    return [{ text }];
  }

  paragraph(theme: Theme, sentences: number): void {
    const text = this.sentences(theme, sentences);
    this.blocks.push({ type: 'paragraph', children: this.inlines(text) });
  }

  heading(level: 1 | 2, text: string): void {
    this.words += wordCount(text);
    this.blocks.push({ type: 'heading', level, children: [{ text }] });
  }

  listItem(theme: Theme, nested: boolean): ListItemElement {
    const { random } = this;
    const body = this.sentences(theme, random.int(1, 2));
    const children: InlineNode[] = random.chance(0.4)
      ? [{ text: random.pick(LEAD_INS), bold: true }, { text: ` ${body}` }]
      : [{ text: body }];
    const paragraph: ParagraphElement = { type: 'paragraph', children };
    if (!nested || !random.chance(0.15)) return { type: 'list-item', children: [paragraph] };
    return { type: 'list-item', children: [paragraph, this.list(theme, false, random.int(2, 3))] };
  }

  list(theme: Theme, nested: boolean, items: number): ListElement {
    const type = this.random.chance(0.5) ? 'bulleted-list' : 'numbered-list';
    const children: ListItemElement[] = [];
    for (let i = 0; i < items && !(i > 1 && this.full); i++)
      children.push(this.listItem(theme, nested));
    return { type, children };
  }
}

function headingText(stem: string, request: RichTextRequest, random: Random): string {
  const topic = random.pick(request.scope.topic.topics);
  return stem.replace('{topic}', topic.charAt(0).toUpperCase() + topic.slice(1));
}

/** The rich text of one section, close to its word budget. */
export function composeRichText(request: RichTextRequest, random: Random): ComposedText {
  const profile = sectionProfile(request.sectionId);
  const writer = new Writer(request, random);
  const [first = 'context'] = profile.themes;
  writer.paragraph(first, request.words < 100 ? random.int(1, 2) : random.int(2, 4));
  for (const figure of request.figures)
    writer.blocks.push({
      type: 'image',
      assetId: figure.assetId,
      caption: figure.caption,
      children: [{ text: '' }],
    });
  if (request.sectionId === 'landasan-hukum') writer.blocks.push(legalBasis(request.scope));
  if (request.sectionId === 'misi') writer.blocks.push(missions(request.scope));

  let part = 0;
  while (!writer.full) {
    const stems = profile.headings;
    if (stems.length > 0 && request.words > 350 && (part > 0 || random.chance(0.5)))
      writer.heading(1, headingText(stems[part % stems.length]!, request, random));
    const theme = profile.themes[part % profile.themes.length]!;
    const paragraphs = random.int(1, 3);
    for (let i = 0; i < paragraphs && !writer.full; i++) {
      if (random.chance(0.12) && request.words > 600)
        writer.heading(
          2,
          headingText(random.pick(stems.length ? stems : ['Rincian']), request, random),
        );
      writer.paragraph(theme, random.int(3, 6));
    }
    if (!writer.full && random.chance(0.45))
      writer.blocks.push(writer.list(profile.listTheme, true, random.int(3, 6)));
    part++;
  }
  return { doc: writer.blocks, words: writer.words };
}
