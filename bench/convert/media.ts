/** Writes the images of a layout to files, once each, so Markdown and HTML can point at them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageData } from '../../src/core/layout/model.ts';

/** Names image files in the order they are first asked for. */
export class MediaFolder {
  private readonly names = new Map<Uint8Array, string>();

  /** `dir` is where the files go; `prefix` is how documents refer to that folder. */
  constructor(
    private readonly dir: string,
    private readonly prefix = 'media',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The relative path of the image's file, written on first use. */
  path(image: ImageData): string {
    let name = this.names.get(image.data);
    if (!name) {
      name = `image-${String(this.names.size + 1).padStart(3, '0')}.${image.mime === 'image/png' ? 'png' : 'jpg'}`;
      writeFileSync(join(this.dir, name), image.data);
      this.names.set(image.data, name);
    }
    return `${this.prefix}/${name}`;
  }
}
