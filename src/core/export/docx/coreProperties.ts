/**
 * docProps/core.xml written from the model's metadata: title, subject, author,
 * keywords, the language (dc:language) and the fixed creation date, so exporting
 * the same plan twice gives the same properties.
 */
import type { DocumentMetadata } from '../../layout/model.ts';
import { XML_DECLARATION, escapeXml } from './xml.ts';

const NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

function element(name: string, text: string): string {
  return text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`;
}

/** The W3CDTF form Word expects ("2026-11-22T08:00:00Z"), or undefined for an invalid date. */
export function w3cDate(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The core properties part of the package. */
export function corePropertiesXml(metadata: DocumentMetadata): string {
  const date = w3cDate(metadata.created);
  const dates = date
    ? ['created', 'modified']
        .map((name) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${date}</dcterms:${name}>`)
        .join('')
    : '';
  return [
    XML_DECLARATION,
    `<cp:coreProperties ${NAMESPACES}>`,
    element('dc:title', metadata.title),
    element('dc:subject', metadata.subject),
    element('dc:creator', metadata.author),
    element('cp:keywords', metadata.keywords.join(', ')),
    element('dc:language', metadata.language),
    element('cp:lastModifiedBy', metadata.author),
    dates,
    '</cp:coreProperties>',
  ].join('');
}
