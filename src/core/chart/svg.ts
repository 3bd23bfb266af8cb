/** Small DOM-free helpers for writing SVG as text. */

/** `text` with the characters XML gives meaning to escaped, for element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A coordinate or length, to one decimal place and without a trailing ".0". */
export function num(value: number): number {
  return Number(value.toFixed(1));
}

/** A `<text>` element at (x, y) with extra attributes `attrs` (written as is). */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** The opening `<svg>` tag of a drawing `width` × `height` units, with a white background. */
export function svgStart(width: number, height: number, font: string, fontSize: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}" font-size="${fontSize}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
  ];
}
