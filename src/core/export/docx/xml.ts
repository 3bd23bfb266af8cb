/** Text for XML parts: the characters XML gives meaning escaped, the ones XML 1.0 forbids dropped. */

/** Anything that needs work: markup characters, control characters, surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Control characters other than tab and line ends, lone surrogates, and U+FFFE/U+FFFF. */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as XML character data or an attribute value (double-quoted). Characters
 * XML 1.0 does not allow, which a pasted text can carry (a form feed, a lone
 * surrogate), are dropped: Word refuses a part that contains them.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Namespaces of the WordprocessingML parts (document, headers, footers, footnotes). */
export const WORD_NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
].join(' ');

/** The start of a WordprocessingML part: the declaration and the root element with the namespaces. */
export function wordPartStart(root: string): string {
  return `${XML_DECLARATION}<${root} ${WORD_NAMESPACES}>`;
}

/** A WordprocessingML part: declaration, the root element with the namespaces, its content. */
export function wordPart(root: string, content: string): string {
  return `${wordPartStart(root)}${content}</${root}>`;
}
