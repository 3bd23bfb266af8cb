/**
 * Draws pdfmake's lines and rectangles (table rules, cell shading, dot leaders) with the
 * operators pdfmake's `Renderer.renderVector` writes through PDFKit, in fewer steps and
 * without repeating what the page has already set.
 *
 * For every vector pdfmake makes about ten PDFKit calls (line width, dash, join, cap, the
 * path, the colour space, the colour, the opacity, the paint), and PDFKit parses the
 * colour again each time. A long plan's tables have tens of thousands of rules, nearly
 * all with the same width, colour and opacity. Here each setting is written only when it
 * differs from what the page has (graphicsState.ts), each colour is parsed once (by
 * PDFKit's own parser), and PDFKit still sets the opacity, so its graphics-state registry
 * and page resources stay its own. The settings come before the path, as the PDF
 * specification has them (pdfmake wrote the colours between the path and its paint).
 * The pages look the same, pixel for pixel (vectorDrawer.test.ts); vectors of other
 * kinds (ellipses, paths, gradients, patterns, rounded or spot-coloured ones) go through
 * pdfmake's renderer unchanged.
 * Checked against pdfmake 0.3.11 (Renderer.js) and pdfkit 0.19.
 */
import { graphicsState } from './graphicsState.ts';
import { pdfNumber as number } from './pdfNumber.ts';

interface Vector {
  type: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  r?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
  lineWidth?: number;
  dash?: { length: number; space?: number; phase?: number };
  lineJoin?: string | number;
  lineCap?: string | number;
  color?: unknown;
  lineColor?: unknown;
  linearGradient?: unknown;
  fillOpacity?: unknown;
  strokeOpacity?: unknown;
}

/** The PDFKit document (with pdfmake's additions) as vectors are drawn on it. */
export interface VectorDocument {
  page: unknown;
  _fillColor?: unknown;
  addContent(data: string): unknown;
  resolveColor(color: unknown, defaultColor: string): unknown;
  _normalizeColor(color: unknown): unknown;
  _doOpacity(fillOpacity: number | null, strokeOpacity: number | null): unknown;
}

/** A pdfmake Renderer, whose `renderVector` is replaced. */
export interface VectorRenderer {
  renderVector(vector: Vector): void;
}

const JOIN_STYLES: Record<string, number> = { MITER: 0, ROUND: 1, BEVEL: 2 };
const CAP_STYLES: Record<string, number> = { BUTT: 0, ROUND: 1, SQUARE: 2 };

/** As PDFKit's lineJoin/lineCap: a style name by its number, a number as given. */
function styleNumber(style: string | number, styles: Record<string, number>): unknown {
  return typeof style === 'string' ? styles[style.toUpperCase()] : style;
}

/** As PDFKit's dash(): undefined for lengths PDFKit would refuse (pdfmake's renderer then throws as before). */
function dashOperator(dash: NonNullable<Vector['dash']>): string | undefined {
  if (typeof dash.length !== 'number') return undefined;
  const lengths = [dash.length, dash.space || dash.length];
  if (!lengths.every((x) => Number.isFinite(x) && x > 0)) return undefined;
  return `[${lengths.map(number).join(' ')}] ${number(dash.phase || 0)} d`;
}

/** The path operators of a line or a plain rectangle; undefined for other shapes. */
function pathOperators(vector: Vector): string | undefined {
  if (vector.type === 'line') {
    return `${number(vector.x1!)} ${number(vector.y1!)} m\n${number(vector.x2!)} ${number(vector.y2!)} l`;
  }
  if (vector.type === 'rect' && !vector.r) {
    return `${number(vector.x!)} ${number(vector.y!)} ${number(vector.w!)} ${number(vector.h!)} re`;
  }
  return undefined;
}

/** Replaces the renderer's vector drawing; vectors it does not handle go to pdfmake's. */
export function drawVectorsDirectly(renderer: VectorRenderer, pdf: VectorDocument): void {
  const pdfmakeRenderVector = renderer.renderVector.bind(renderer);
  const state = graphicsState(pdf);
  /** What PDFKit's fillColor/strokeColor write (without the opacity), or undefined: not handled. */
  const colourOperators = (colour: unknown, stroke: boolean) =>
    // Gradients, patterns and spot colours are not handled: pdfmake draws those.
    typeof colour === 'string' ? state.colour(colour, stroke) : undefined;

  /** `pdf.resolveColor(colour, 'black')` per colour string, as it parses the colour each time. */
  const resolved = new Map<unknown, unknown>();
  const resolveColour = (colour: unknown): unknown => {
    if (typeof colour !== 'string' && colour !== undefined)
      return pdf.resolveColor(colour, 'black');
    let answer = resolved.get(colour);
    if (answer === undefined) resolved.set(colour, (answer = pdf.resolveColor(colour, 'black')));
    return answer;
  };

  renderer.renderVector = (vector) => {
    const path = pathOperators(vector);
    const dash = vector.dash ? dashOperator(vector.dash) : '[] 0 d';
    const join = styleNumber(vector.lineJoin || 'miter', JOIN_STYLES);
    const cap = styleNumber(vector.lineCap || 'butt', CAP_STYLES);
    if (
      path === undefined ||
      dash === undefined ||
      vector.linearGradient ||
      Array.isArray(vector.color)
    ) {
      pdfmakeRenderVector(vector);
      return;
    }
    const fillOpacity = typeof vector.fillOpacity === 'number' ? vector.fillOpacity : 1;
    const strokeOpacity = typeof vector.strokeOpacity === 'number' ? vector.strokeOpacity : 1;
    const fill = vector.color ? resolveColour(vector.color) : undefined;
    const stroke = !vector.color || vector.lineColor ? resolveColour(vector.lineColor) : undefined;
    const fillOps = fill === undefined ? null : colourOperators(fill, false);
    const strokeOps = stroke === undefined ? null : colourOperators(stroke, true);
    if (fillOps === undefined || strokeOps === undefined) {
      pdfmakeRenderVector(vector);
      return;
    }
    const width = number(vector.lineWidth || 1);
    let settings = '';
    if (state.changes('lineWidth', width)) settings += `${width} w\n`;
    if (state.changes('dash', dash)) settings += `${dash}\n`;
    if (state.changes('join', String(join))) settings += `${String(join)} j\n`;
    if (state.changes('cap', String(cap))) settings += `${String(cap)} J\n`;
    // As pdfmake: fill colour, its opacity, stroke colour, its opacity, then paint.
    if (fillOps !== null && state.changes('fill', fillOps)) settings += fillOps;
    if (settings) state.write(settings.slice(0, -1));
    if (fill !== undefined) {
      if (fillOps !== null && state.changes('fillOpacity', fillOpacity))
        state.own(() => pdf._doOpacity(fillOpacity, null));
      pdf._fillColor = [fill, fillOpacity];
    }
    if (strokeOps !== null) {
      if (state.changes('stroke', strokeOps)) state.write(strokeOps.slice(0, -1));
      if (state.changes('strokeOpacity', strokeOpacity))
        state.own(() => pdf._doOpacity(null, strokeOpacity));
    }
    state.write(`${path}\n${fill === undefined ? 'S' : stroke === undefined ? 'f' : 'B'}`);
  };
}
