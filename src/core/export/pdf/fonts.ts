/**
 * The fonts the PDF embeds. They ship in ./fonts (open licences, see the LICENSE
 * files there); nothing is fetched. Each profile font maps to a free font with the
 * same or close metrics, so line breaks match the DOCX opened in Word.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExportProfile } from '../../template/types.ts';

export type FontFamily = 'Liberation Sans' | 'Liberation Serif' | 'TeX Gyre Bonum';

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

const FILES: Record<FontFamily, Record<FontStyle, string>> = {
  'Liberation Sans': {
    normal: 'LiberationSans-Regular.ttf',
    bold: 'LiberationSans-Bold.ttf',
    italics: 'LiberationSans-Italic.ttf',
    bolditalics: 'LiberationSans-BoldItalic.ttf',
  },
  'Liberation Serif': {
    normal: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italics: 'LiberationSerif-Italic.ttf',
    bolditalics: 'LiberationSerif-BoldItalic.ttf',
  },
  'TeX Gyre Bonum': {
    normal: 'texgyrebonum-regular.otf',
    bold: 'texgyrebonum-bold.otf',
    italics: 'texgyrebonum-italic.otf',
    bolditalics: 'texgyrebonum-bolditalic.otf',
  },
};

/**
 * The family the charts' text is set in, whatever the document's: their SVG names it
 * (core/chart), and the PNGs drawn of them for Word use its files (layout/rasterize.ts).
 */
export const CHART_FAMILY: FontFamily = 'Liberation Sans';

/**
 * Arial → Liberation Sans and Times New Roman → Liberation Serif (both
 * metric-compatible); Bookman Old Style → TeX Gyre Bonum (a URW Bookman revival:
 * close, not identical metrics).
 */
const FAMILY_FOR_PROFILE: Record<ExportProfile['font'], FontFamily> = {
  Arial: 'Liberation Sans',
  'Times New Roman': 'Liberation Serif',
  'Bookman Old Style': 'TeX Gyre Bonum',
};

/** Absolute path of a shipped font file, e.g. for rasterising charts with the same type. */
export function fontFile(family: FontFamily, style: FontStyle = 'normal'): string {
  return fileURLToPath(new URL(`./fonts/${FILES[family][style]}`, import.meta.url));
}

/** Name of the shipped file of a face, e.g. "LiberationSans-Bold.ttf". */
export function faceFileName(family: FontFamily, style: FontStyle): string {
  return FILES[family][style];
}

/** The face pdfmake asks for with its bold and italics flags. */
export function fontStyle(bold: boolean, italics: boolean): FontStyle {
  if (bold) return italics ? 'bolditalics' : 'bold';
  return italics ? 'italics' : 'normal';
}

/** The shipped family that stands in for a profile font. */
export function familyFor(profileFont: ExportProfile['font']): FontFamily {
  return FAMILY_FOR_PROFILE[profileFont];
}

export type FontFaces = Record<FontStyle, Buffer>;

// Read once per process: every export reuses the bytes.
const loaded = new Map<FontFamily, FontFaces>();

/** The four faces of a family as bytes, read from disk on first use. */
export function fontFaces(family: FontFamily): FontFaces {
  let faces = loaded.get(family);
  if (!faces) {
    const read = (style: FontStyle): Buffer => readFileSync(fontFile(family, style));
    faces = {
      normal: read('normal'),
      bold: read('bold'),
      italics: read('italics'),
      bolditalics: read('bolditalics'),
    };
    loaded.set(family, faces);
  }
  return faces;
}
