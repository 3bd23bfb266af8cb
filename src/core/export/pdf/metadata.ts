/** The PDF's document information: title, author, subject, keywords, creator, fixed dates. */
import type { DocumentMetadata } from '../../layout/model.ts';

export const CREATOR = 'Rencana Studio';

export interface PdfInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  CreationDate?: Date;
  ModDate?: Date;
}

/** The info dictionary; the model's creation time makes the output reproducible. */
export function pdfInfo(meta: DocumentMetadata): PdfInfo {
  const created = new Date(meta.created);
  const dates = Number.isNaN(created.getTime()) ? {} : { CreationDate: created, ModDate: created };
  return {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '),
    Creator: CREATOR,
    Producer: CREATOR,
    ...dates,
  };
}
