/**
 * The DOCX exporter: translates the layout model into a Word document. It makes
 * no content decisions; every text, number and date comes from the model.
 */
import { Packer } from 'docx';
import type { LayoutDocument } from '../../layout/model.ts';
import { corePropertiesXml } from './coreProperties.ts';
import { buildDocument } from './document.ts';

/** The layout model as the bytes of a .docx file. */
export async function renderDocx(doc: LayoutDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildDocument(doc), false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(doc.metadata) },
  ]);
  return new Uint8Array(buffer);
}
