/**
 * Draws the charts (SVG) as vector graphics with the document's own fonts. pdfmake's
 * `Renderer.renderSVG` hands SVG-to-PDFKit the font file's bytes for every text
 * element; PDFKit then parses the font again each time and compares it with those it
 * has (the `head` and `name` tables, as JSON) before it finds the one it embedded. Here
 * the text is set in the very font objects the document measures and embeds its text
 * with, found by name, so a chart's glyphs go into the same subset as the rest. Text in a
 * family the document lacks is set in `fallback`, as resvg does for the PNG Word gets.
 * Figures carry no links, so pdfmake's link handling for SVGs is not kept.
 * Checked against pdfmake 0.3.11 (Renderer.js, its bundled svg-to-pdfkit) and pdfkit 0.19.
 */
/** A laid-out SVG as pdfmake's renderer gets it. */
interface SvgItem {
  svg: string;
  x: number;
  y: number;
  _width: number;
  _height: number;
}

/** The PDFKit document (with pdfmake's additions) as charts are drawn on it. */
export interface SvgDocument {
  /** pdfmake's: the PDFKit font of a face, created once per document. */
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  /** PDFKit's fonts by name: `font(name)` selects one found here without opening a file. */
  _fontFamilies: Record<string, unknown>;
  /** pdfmake's: the families the document was given. */
  fonts: Record<string, unknown>;
}

/** A pdfmake Renderer, whose `renderSVG` is replaced. */
export interface SvgRenderer {
  renderSVG(svg: SvgItem): void;
}

interface SvgToPdfOptions {
  width: number;
  height: number;
  assumePt: boolean;
  useCSS: boolean;
  fontCallback(family: string, bold: boolean, italic: boolean): string;
}

export type SvgToPdf = (
  pdf: SvgDocument,
  svg: string,
  x: number,
  y: number,
  options: SvgToPdfOptions,
) => void;

/** The family an SVG `font-family` list names, as the document knows it, or `fallback`. */
export function documentFamily(
  fontFamily: string,
  families: readonly string[],
  fallback: string,
): string {
  for (const asked of fontFamily.split(',')) {
    const name = asked.trim().replace(/['"]/g, '').toLowerCase();
    const known = families.find((family) => family.toLowerCase() === name);
    if (known) return known;
  }
  return fallback;
}

/** Replaces the renderer's renderSVG; `fallback` is the family of text in families the document lacks. */
export function drawSvgWithDocumentFonts(
  renderer: SvgRenderer,
  pdf: SvgDocument,
  svgToPdf: SvgToPdf,
  fallback: string,
): void {
  const fontCallback = (fontFamily: string, bold: boolean, italics: boolean): string => {
    const family = documentFamily(fontFamily, Object.keys(pdf.fonts), fallback);
    const name = `svg:${family}:${bold ? 'b' : ''}${italics ? 'i' : ''}`;
    pdf._fontFamilies[name] ??= pdf.provideFont(family, bold, italics);
    return name;
  };
  renderer.renderSVG = (item) => {
    svgToPdf(pdf, item.svg, item.x, item.y, {
      width: item._width,
      height: item._height,
      assumePt: true,
      useCSS: false,
      fontCallback,
    });
  };
}
