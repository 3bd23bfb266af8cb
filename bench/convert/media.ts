/** Writes the images of a layout to files, once each, so Markdown and HTML can point at them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartDrawing, ImageData } from '../../src/core/layout/model.ts';

const EXTENSION = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' } as const;

/** Names image files in the order they are first asked for. */
export class MediaFolder {
  private readonly names = new Map<Uint8Array | string, string>();

  /** `dir` is where the files go; `prefix` is how documents refer to that folder. */
  constructor(
    private readonly dir: string,
    private readonly prefix = 'media',
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The relative path of the image's file, written on first use; a chart as its SVG. */
  path(image: ImageData | ChartDrawing): string {
    const key = image.mime === 'image/svg+xml' ? image.svg : image.data;
    let name = this.names.get(key);
    if (!name) {
      name = `image-${String(this.names.size + 1).padStart(3, '0')}.${EXTENSION[image.mime]}`;
      writeFileSync(join(this.dir, name), key);
      this.names.set(key, name);
    }
    return `${this.prefix}/${name}`;
  }
}
