/**
 * What a page's content stream has already set, so the line and vector drawers write a
 * setting (font, fill and stroke colour, opacity, line width, dash, join, cap) only when
 * it changes.
 *
 * PDF's graphics and text state last until the end of the page's content stream (or an
 * enclosing `Q`), across text objects. pdfmake wrote the full state again for every table
 * rule (ten operators, about 190 bytes) and every line of text: on the large benchmark
 * plan about half of the 22 MB of page content, all of it deflated and then parsed again
 * by every viewer.
 *
 * The record is only trusted while the drawers alone write: anything else written to the
 * page (pdfmake's own drawing, images, `q`/`Q`, decorations, another page) forgets it, so
 * the next setting is written in full. Drawers write through `write` (or `own` for a PDFKit
 * call that writes), and ask `changes` before writing a setting.
 * Checked against pdfkit 0.19 (`addContent`, `_doOpacity`, `fillColor`).
 */

/** The settings remembered; each is compared as a string (or number) as it would be written. */
export type StateKey =
  | 'font'
  | 'fill'
  | 'stroke'
  | 'fillOpacity'
  | 'strokeOpacity'
  | 'lineWidth'
  | 'dash'
  | 'join'
  | 'cap';

/** The PDFKit document as far as the record needs it. */
export interface StatefulDocument {
  page: unknown;
  addContent(data: string): unknown;
  _normalizeColor(color: unknown): unknown;
}

export interface GraphicsState {
  /**
   * Whether setting `key` to `value` changes the page's state; records the new value. A
   * caller told true must write the setting (through `write` or `own`).
   */
  changes(key: StateKey, value: string | number): boolean;
  /** Writes operators of the drawers to the page without forgetting the record. */
  write(data: string): void;
  /** Runs a PDFKit call that writes (e.g. an opacity) without forgetting the record. */
  own(call: () => void): void;
  /**
   * The operators PDFKit's fillColor (or strokeColor) writes for a plain colour, without the
   * opacity, each line ending in a newline; null for a colour PDFKit does not set (it writes
   * nothing); undefined for one it sets otherwise (a spot colour), which only PDFKit writes.
   */
  colour(colour: string, stroke: boolean): string | null | undefined;
}

const documents = new WeakMap<StatefulDocument, GraphicsState>();

/** The document's record, created (and its `addContent` watched) on first use. */
export function graphicsState(pdf: StatefulDocument): GraphicsState {
  const existing = documents.get(pdf);
  if (existing) return existing;
  const values = new Map<StateKey, string | number>();
  /** Per colour, the operators that set it for filling and stroking (made once), null or 'other'. */
  const colours = new Map<string, { fill: string; stroke: string } | null | 'other'>();
  let page: unknown = null;
  let ours = false;
  const addContent = pdf.addContent.bind(pdf);
  pdf.addContent = (data: string) => {
    if (!ours) values.clear();
    return addContent(data);
  };
  /** Calls `call(arg)` as ours: what it writes keeps the record (no closure made per call). */
  const ourCall = <T>(call: (arg: T) => unknown, arg: T): void => {
    const outer = ours;
    ours = true;
    try {
      call(arg);
    } finally {
      ours = outer;
    }
  };
  const state: GraphicsState = {
    changes(key, value) {
      if (pdf.page !== page) {
        // A new page's content starts from the default state.
        values.clear();
        page = pdf.page;
      }
      if (values.get(key) === value) return false;
      values.set(key, value);
      return true;
    },
    write(data) {
      ourCall(addContent, data);
    },
    colour(colour, stroke) {
      let known = colours.get(colour);
      if (known === undefined) {
        const normalized = pdf._normalizeColor(colour);
        if (Array.isArray(normalized)) {
          const space = normalized.length === 4 ? 'DeviceCMYK' : 'DeviceRGB';
          const components = normalized.join(' ');
          known = {
            fill: `/${space} cs\n${components} scn\n`,
            stroke: `/${space} CS\n${components} SCN\n`,
          };
        } else known = normalized === null ? null : 'other';
        colours.set(colour, known);
      }
      if (known === null) return null;
      if (known === 'other') return undefined;
      return stroke ? known.stroke : known.fill;
    },
    own(call) {
      ourCall(call, undefined);
    },
  };
  documents.set(pdf, state);
  return state;
}
