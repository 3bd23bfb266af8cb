/**
 * Draws pdfmake's laid-out text lines with one PDF text object per line.
 *
 * Replaces pdfmake's `Renderer.renderLine` (pdfmake 0.3.11), which hands every inline
 * (a word with its trailing space) to PDFKit's `text()` on its own: per word PDFKit
 * writes an opacity, a colour space, a colour, an empty fill, a save, a transform, a
 * text object with its own position and font, and a restore, about twelve operators
 * and a dozen option objects. On the large plan that was about 3.8 s of 9.5 s.
 *
 * Here a line is one `BT … ET`: the font (`Tf`), colour and opacity are written only
 * when they differ from what the page has set (graphicsState.ts), and the glyphs go into `TJ` arrays with the advances and kerning
 * PDFKit computed (the same `encode` PDFKit calls, which also adds the glyphs to the
 * font subset). Every inline still starts where pdfmake placed it (justified lines
 * keep their word spacing): the gap from the end of the previous word to that place
 * goes into the TJ array, and a superscript, another size or another font starts a new
 * text position. Links, go-to links and destinations are added with the same
 * rectangles PDFKit computed; backgrounds and decorations are still pdfmake's.
 *
 * The text matrix mirrors y (`1 0 0 -1 x y Tm`) because PDFKit's page coordinates
 * run downwards; PDFKit instead wrapped each word in `q 1 0 0 -1 0 h cm … Q`. The
 * product is the same matrix, so glyphs land where they did. Without `q … Q` the
 * colour and opacity of the last inline stay set after the line, as before.
 *
 * Lines this does not handle (character spacing, font features, page references,
 * pdfmake's own outlines, link-to-page, non-embedded fonts, colours that are not
 * plain colours) go through pdfmake's renderer unchanged.
 */

import { type GraphicsState, graphicsState } from './graphicsState.ts';
import { pdfNumber } from './pdfNumber.ts';

/** A glyph's placement, in thousandths of the type size (PDFKit scales fontkit's). */
interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** A PDFKit embedded font, as far as drawing reads it. */
interface EmbeddingFont {
  id: string;
  ascender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  /** Hex glyph ids (adding each glyph to the subset) and their placements. */
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

interface DrawnInline {
  text: string;
  x: number;
  width: number;
  fontSize: number;
  font: EmbeddingFont;
  color?: unknown;
  opacity?: unknown;
  sup?: boolean;
  sub?: boolean;
  link?: string;
  linkToDestination?: string;
  linkToPage?: unknown;
  background?: unknown;
  decoration?: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  _pageNodeRef?: unknown;
}

interface DrawnLine {
  x?: number;
  y?: number;
  id?: string;
  inlines: DrawnInline[];
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

/** The PDFKit document (with pdfmake's additions) as the drawer uses it. */
export interface DrawingDocument {
  page: { fonts: Record<string, unknown> };
  _font: unknown;
  _fontSize: number;
  x: number;
  y: number;
  addContent(data: string): unknown;
  _normalizeColor(color: unknown): unknown;
  _fillColor?: unknown;
  opacity(opacity: number): unknown;
  fillColor(color: unknown): unknown;
  resolveColor(color: unknown, defaultColor: string): unknown;
  link(x: number, y: number, w: number, h: number, url: string): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string): unknown;
  addNamedDestination(name: string, ...args: unknown[]): void;
}

interface TextDecorator {
  drawBackground(line: DrawnLine, x: number, y: number): void;
  drawDecorations(line: DrawnLine, x: number, y: number): void;
}

export type TextDecoratorClass = new (pdf: DrawingDocument) => TextDecorator;

type RenderLine = (line: DrawnLine, x: number, y: number) => void;

/** A pdfmake Renderer, whose `renderLine` is replaced. */
export interface LineRenderer {
  renderLine: RenderLine;
}

const number = pdfNumber;

function isEmbeddingFont(font: unknown): font is EmbeddingFont {
  const candidate = font as Partial<EmbeddingFont> | null;
  return typeof candidate?.encode === 'function' && typeof candidate.ref === 'function';
}

/**
 * Glyph ids as the bytes of a PDF literal string: PDFKit's `encode` gives each glyph id
 * as four hex digits (`<0041…>`, two characters per byte); written as the bytes
 * themselves (`(…)`, one character per byte, in the page's binary content) the page's
 * text is a third smaller, to build, join and deflate. In a literal string `(`, `)` and
 * `\` are escaped, and a carriage return too (a reader would take it for a line end).
 */
export function literalGlyphs(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += '\\' + String.fromCharCode(byte);
    else if (byte === 0x0d) out += '\\r';
    else out += String.fromCharCode(byte);
  }
  return out;
}

/**
 * A word as drawn: its glyph ids split where a kerning move follows a glyph. Words
 * repeat (a long plan has about a tenth as many distinct words as words), so each is
 * encoded once per font of a document; the subset is built by that first `encode`.
 */
type EncodedWord =
  | {
      /** Glyph ids (literal string bytes) up to each move, and the move after each piece (thousandths of the size). */
      pieces: string[];
      moves: number[];
      /** Each glyph's advance, in thousandths of the size. */
      advances: number[];
    }
  | {
      /** A word with offset glyphs (marks), drawn glyph by glyph. */
      pieces: null;
      glyphs: string[];
      positions: GlyphPosition[];
    };

/** Per document font (fonts are created per document, as are their subsets). */
const encodedByFont = new WeakMap<EmbeddingFont, Map<string, EncodedWord>>();

function encodeWord(font: EmbeddingFont, text: string): EncodedWord {
  const [glyphs, positions] = font.encode(text);
  if (positions.some((placed) => placed.xOffset || placed.yOffset))
    return { pieces: null, glyphs, positions };
  const pieces: string[] = [];
  const moves: number[] = [];
  let hex = '';
  let move = 0;
  glyphs.forEach((glyph, i) => {
    const placed = positions[i]!;
    if (hex && number(move) !== 0) {
      pieces.push(literalGlyphs(hex));
      moves.push(move);
      hex = '';
    }
    hex += glyph;
    move = placed.xAdvance - placed.advanceWidth;
  });
  pieces.push(literalGlyphs(hex));
  moves.push(move);
  return { pieces, moves, advances: positions.map((placed) => placed.xAdvance) };
}

/** The words encoded in a font so far. */
function encodedWords(font: EmbeddingFont): Map<string, EncodedWord> {
  let words = encodedByFont.get(font);
  if (!words) encodedByFont.set(font, (words = new Map()));
  return words;
}

function encoded(words: Map<string, EncodedWord>, font: EmbeddingFont, text: string): EncodedWord {
  let word = words.get(text);
  if (!word) words.set(text, (word = encodeWord(font, text)));
  return word;
}

/**
 * `pdf.resolveColor(colour, 'black')`, remembered per colour: pdfmake parses the colour
 * again for every word, and a plan has a handful of colours.
 */
function colourResolver(pdf: DrawingDocument): (colour: unknown) => unknown {
  const resolved = new Map<unknown, unknown>();
  return (colour) => {
    let answer = resolved.get(colour);
    if (answer === undefined && !resolved.has(colour)) {
      answer = pdf.resolveColor(colour, 'black');
      if (typeof colour !== 'object' || colour === null) resolved.set(colour, answer);
    }
    return answer;
  };
}

/** What `drawnAs` says of a line: drawn here, with backgrounds, with decorations. */
const DRAWN = 1;
const BACKGROUND = 2;
const DECORATION = 4;

/**
 * 0 when this drawer does not draw the line exactly as pdfmake would; otherwise DRAWN,
 * with BACKGROUND and DECORATION when some word has one (pdfmake's TextDecorator draws
 * nothing for a word without: a line with none is not handed to it).
 */
function drawnAs(line: DrawnLine, resolveColour: (colour: unknown) => unknown): number {
  if (line._outline || line._pageNodeRef !== undefined) return 0;
  let how = DRAWN;
  for (const inline of line.inlines) {
    if (inline._pageNodeRef !== undefined || inline.linkToPage) return 0;
    if (inline.characterSpacing || inline.fontFeatures) return 0;
    if (!isEmbeddingFont(inline.font) || inline.text.includes('\n')) return 0;
    if (typeof resolveColour(inline.color) !== 'string') return 0;
    if (inline.background) how |= BACKGROUND;
    if (inline.decoration) how |= DECORATION;
  }
  return how;
}

/** pdfmake's superscript and subscript shift (Renderer.js `offsetText`). */
function shiftedTop(top: number, inline: DrawnInline): number {
  if (inline.sup) top -= inline.fontSize * 0.75;
  if (inline.sub) top += inline.fontSize * 0.35;
  return top;
}

/**
 * Writes a line's text into the page's content as one text object. One writer serves
 * every line of a document (no closures per line); its fields describe the text
 * object being written.
 */
class TextObjectWriter {
  private font: EmbeddingFont | null = null;
  private size = Number.NaN;
  private colour: unknown = null;
  private opacity = Number.NaN;
  /** Baseline of the current text position, from the top of the page; NaN: none yet. */
  private baseline = Number.NaN;
  /** Where the next glyph starts, as the viewer will advance. */
  private penX = 0;
  /** Segments of the TJ array being built, and the glyphs of the open segment. */
  private readonly segments: string[] = [];
  private glyphBytes = '';
  /** Move after the open segment's last glyph, in thousandths of the size (rightwards). */
  private move = 0;
  /** The position was left for a glyph with an offset: set it again before the next. */
  private repositioned = false;
  /** The last move written, and how. */
  private lastMove = 0;
  private lastMoveText = '0';
  /** The font of the last word drawn and its encoded words (words of one font follow each other). */
  private wordsFont: EmbeddingFont | null = null;
  /** Operators emitted and not yet written (see `emit`). */
  private out = '';
  private words: Map<string, EncodedWord> | null = null;

  private readonly pdf: DrawingDocument;
  /** What the page has set; the font, colour and opacity are written only when they change. */
  private readonly state: GraphicsState;
  readonly resolveColour: (colour: unknown) => unknown;

  constructor(pdf: DrawingDocument) {
    this.pdf = pdf;
    this.state = graphicsState(pdf);
    this.resolveColour = colourResolver(pdf);
  }

  draw(line: DrawnLine, x: number, y: number): void {
    const pdf = this.pdf;
    const lineHeight = line.getHeight();
    const descent = lineHeight - line.getAscenderHeight();
    this.font = null;
    this.size = Number.NaN;
    this.colour = null;
    this.opacity = Number.NaN;
    this.baseline = Number.NaN;
    this.repositioned = false;
    const state = this.state;
    this.emit('BT');
    const inlines = line.inlines;
    for (let index = 0; index < inlines.length; index++) {
      const inline = inlines[index]!;
      const opacity = typeof inline.opacity === 'number' ? inline.opacity : 1;
      const colour = this.resolveColour(inline.color);
      if (opacity !== this.opacity || colour !== this.colour) {
        this.flush();
        if (opacity !== this.opacity) {
          // PDFKit's opacity() sets both the fill and the stroke opacity.
          const fillChanges = state.changes('fillOpacity', opacity);
          const strokeChanges = state.changes('strokeOpacity', opacity);
          if (fillChanges || strokeChanges) {
            this.release();
            state.own(() => pdf.opacity(opacity));
          }
        }
        if (colour !== this.colour) {
          const operators = state.colour(colour as string, false);
          // Not a plain colour (a spot colour): PDFKit writes it, and the record is forgotten.
          if (operators === undefined) {
            this.release();
            pdf.fillColor(colour);
          } else if (operators === null || state.changes('fill', operators)) {
            this.release();
            state.own(() => pdf.fillColor(colour));
          } else pdf._fillColor = [colour, undefined]; // as fillColor() leaves it
        }
        this.opacity = opacity;
        this.colour = colour;
      }
      if (inline.text.length === 0) continue; // PDFKit draws nothing, not even a link
      const font = inline.font;
      const fontSize = inline.fontSize;
      const ascent = (font.ascender / 1000) * fontSize;
      const top = shiftedTop(y + lineHeight - ascent - descent, inline);
      const startX = x + inline.x;
      const lineTop = top + ascent;

      // The annotations and destination PDFKit's _fragment would add, same rectangles.
      if (inline.link != null)
        pdf.link(startX, top, inline.width, font.lineHeight(fontSize), inline.link);
      if (inline.linkToDestination)
        pdf.goTo(startX, top, inline.width, font.lineHeight(fontSize), inline.linkToDestination);
      if (line.id && index === 0) pdf.addNamedDestination(line.id, 'XYZ', startX, top, null);

      const newFont = font !== this.font || fontSize !== this.size;
      if (newFont || lineTop !== this.baseline) {
        this.flush();
        if (newFont) {
          pdf.page.fonts[font.id] ??= font.ref();
          const setting = `/${font.id} ${number(fontSize)} Tf`;
          if (state.changes('font', setting)) this.emit(setting);
          this.font = font;
          this.size = fontSize;
        }
        this.baseline = lineTop;
        this.penX = startX;
        this.position(startX, lineTop);
        this.repositioned = false;
      } else {
        this.move += ((startX - this.penX) * 1000) / fontSize;
        this.penX = startX;
      }
      if (font !== this.wordsFont) {
        this.wordsFont = font;
        this.words = encodedWords(font);
      }
      this.glyphs(encoded(this.words!, font, inline.text), fontSize / 1000);
      if (this.repositioned) this.baseline = Number.NaN; // the next inline sets its own position
      pdf._font = font;
      pdf._fontSize = fontSize;
      pdf.x = startX + inline.width;
      pdf.y = top;
    }
    this.flush();
    this.emit('ET');
    this.release();
  }

  /** Adds a word's glyphs at the pen. */
  private glyphs(word: EncodedWord, scale: number): void {
    if (word.pieces) {
      for (let i = 0; i < word.pieces.length; i++) {
        if (i > 0 || number(this.move) !== 0) this.closeSegment();
        this.glyphBytes += word.pieces[i]!;
        this.move = word.moves[i]!;
      }
      // Glyph by glyph, as the viewer advances (and as PDFKit did, to the last bit).
      for (const advance of word.advances) this.penX += advance * scale;
      return;
    }
    const { glyphs, positions } = word;
    for (let i = 0; i < glyphs.length; i++) {
      const placed = positions[i]!;
      if (placed.xOffset || placed.yOffset) {
        // As PDFKit: the glyph on its own at its offset, then back on the baseline.
        this.flush();
        this.position(this.penX + placed.xOffset * scale, this.baseline - placed.yOffset * scale);
        const move = number(-(placed.xAdvance - placed.advanceWidth));
        this.emit(`[(${literalGlyphs(glyphs[i]!)}) ${move}] TJ`);
        this.repositioned = true;
      } else {
        if (this.repositioned) {
          this.flush();
          this.position(this.penX, this.baseline);
          this.repositioned = false;
        }
        if (number(this.move) !== 0) this.closeSegment();
        this.glyphBytes += literalGlyphs(glyphs[i]!);
        this.move = placed.xAdvance - placed.advanceWidth;
      }
      this.penX += placed.xAdvance * scale;
    }
  }

  private closeSegment(): void {
    // A move before any glyph (after a colour change) stands alone in the array.
    if (this.glyphBytes) this.segments.push(`(${this.glyphBytes}) ${this.moveText(-this.move)}`);
    else if (number(this.move) !== 0) this.segments.push(this.moveText(-this.move));
    this.glyphBytes = '';
    this.move = 0;
  }

  /** A move as written (PDFKit's number); the last one is kept, as a justified line repeats its spacing. */
  private moveText(move: number): string {
    const value = number(move);
    if (value !== this.lastMove) {
      this.lastMove = value;
      this.lastMoveText = `${value}`;
    }
    return this.lastMoveText;
  }

  /**
   * Adds operators to the line's text object. They reach the page in one write (`release`):
   * a write goes through PDFKit's page and our content buffer, and a line had four or more.
   */
  private emit(operators: string): void {
    this.out = this.out === '' ? operators : `${this.out}\n${operators}`;
  }

  /** Writes what was emitted: at the end of a line, and before PDFKit writes anything itself. */
  private release(): void {
    if (this.out === '') return;
    this.state.write(this.out);
    this.out = '';
  }

  private flush(): void {
    this.closeSegment();
    if (this.segments.length > 0) this.emit(`[${this.segments.join(' ')}] TJ`);
    this.segments.length = 0;
  }

  private position(x: number, top: number): void {
    this.emit(`1 0 0 -1 ${number(x)} ${number(top)} Tm`);
  }
}

/**
 * Replaces the renderer's line drawing with one text object per line; lines it does
 * not handle go to pdfmake's own `renderLine`.
 */
export function drawLinesWhole(
  renderer: LineRenderer,
  pdf: DrawingDocument,
  Decorator: TextDecoratorClass,
): void {
  const pdfmakeRenderLine = renderer.renderLine.bind(renderer);
  const decorator = new Decorator(pdf);
  const writer = new TextObjectWriter(pdf);
  renderer.renderLine = (line, lineX, lineY) => {
    const how = drawnAs(line, writer.resolveColour);
    if (!how) {
      pdfmakeRenderLine(line, lineX, lineY);
      return;
    }
    const x = lineX || 0;
    const y = lineY || 0;
    if (how & BACKGROUND) decorator.drawBackground(line, x, y);
    writer.draw(line, x, y);
    // Decorations won't draw correctly for superscript (as pdfmake)
    if (how & DECORATION) decorator.drawDecorations(line, x, y);
  };
}
