/** The relationships of a part (its .rels file): each target gets an id the part refers to it by. */
import { XML_DECLARATION, escapeXml } from './xml.ts';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Relationship types the package uses. */
export const RELATIONSHIP = {
  officeDocument: `${OFFICE}/officeDocument`,
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE}/extended-properties`,
  styles: `${OFFICE}/styles`,
  numbering: `${OFFICE}/numbering`,
  settings: `${OFFICE}/settings`,
  footnotes: `${OFFICE}/footnotes`,
  header: `${OFFICE}/header`,
  footer: `${OFFICE}/footer`,
  image: `${OFFICE}/image`,
  hyperlink: `${OFFICE}/hyperlink`,
} as const;

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class Relationships {
  private readonly list: Relationship[] = [];
  private readonly external = new Map<string, string>();

  /** Adds a relationship and returns its id ("rId3"). */
  add(type: string, target: string, external = false): string {
    const id = `rId${this.list.length + 1}`;
    this.list.push({ id, type, target, external });
    return id;
  }

  /** The id of a link to `url`, one relationship per distinct address. */
  hyperlink(url: string): string {
    const known = this.external.get(url);
    if (known !== undefined) return known;
    const id = this.add(RELATIONSHIP.hyperlink, url, true);
    this.external.set(url, id);
    return id;
  }

  /** The .rels part. */
  xml(): string {
    const items = this.list.map(
      ({ id, type, target, external }) =>
        `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`,
    );
    return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  }
}
