/** The images of one export, named for pdfmake's image table. */
import type { ImageData } from '../../layout/model.ts';
import { opaqueImageData } from './opaqueImages.ts';

export interface ImageTable {
  /** The name an image node uses; the same bytes get the same name. */
  register(image: ImageData): string;
  /** Name → bytes, for the engine. */
  entries(): Record<string, Buffer>;
}

/** An empty table. */
export function createImageTable(): ImageTable {
  const names = new Map<Uint8Array, string>();
  const table: Record<string, Buffer> = {};
  return {
    register(image) {
      let name = names.get(image.data);
      if (!name) {
        name = `image-${names.size + 1}`;
        names.set(image.data, name);
        const data = opaqueImageData(image);
        table[name] = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      }
      return name;
    },
    entries: () => table,
  };
}
