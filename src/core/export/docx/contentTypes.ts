/** [Content_Types].xml: the media type of every part of the package. */
import { XML_DECLARATION } from './xml.ts';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Media types of the parts, by their role. */
export const CONTENT_TYPE = {
  document: `${WORD}.document.main+xml`,
  styles: `${WORD}.styles+xml`,
  numbering: `${WORD}.numbering+xml`,
  settings: `${WORD}.settings+xml`,
  footnotes: `${WORD}.footnotes+xml`,
  header: `${WORD}.header+xml`,
  footer: `${WORD}.footer+xml`,
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

const DEFAULTS = [
  ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
  ['xml', 'application/xml'],
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
] as const;

/** The content types part for parts given as [path, media type]. */
export function contentTypesXml(parts: readonly (readonly [string, string])[]): string {
  const defaults = DEFAULTS.map(
    ([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`,
  );
  const overrides = parts.map(
    ([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`,
  );
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
}
