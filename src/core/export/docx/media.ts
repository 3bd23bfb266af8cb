/** The package's images: each image data stored once, related from the document, drawn by id. */
import type { ImageData } from '../../layout/model.ts';
import type { PackageEntry } from './zip.ts';
import { RELATIONSHIP, type Relationships } from './relationships.ts';

const EXTENSION: Record<ImageData['mime'], string> = { 'image/png': 'png', 'image/jpeg': 'jpeg' };

export class Media {
  private readonly ids = new Map<Uint8Array, string>();
  private readonly files: PackageEntry[] = [];
  private lastDrawing = 0;

  constructor(private readonly relationships: Relationships) {}

  /** The relationship id of `image`; the same bytes (a logo on every cover) are stored once. */
  embed(image: ImageData): string {
    const known = this.ids.get(image.data);
    if (known !== undefined) return known;
    const name = `media/image${this.files.length + 1}.${EXTENSION[image.mime]}`;
    const id = this.relationships.add(RELATIONSHIP.image, name);
    this.files.push({ path: `word/${name}`, data: image.data });
    this.ids.set(image.data, id);
    return id;
  }

  /** A new drawing id: every drawing of the document needs its own. */
  nextDrawingId(): number {
    return ++this.lastDrawing;
  }

  /** The image files of the package. */
  parts(): readonly PackageEntry[] {
    return this.files;
  }
}
