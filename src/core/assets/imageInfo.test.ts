import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageInfo } from './imageInfo.ts';

const PNG = readFileSync(new URL('../../../build/icons/64x64.png', import.meta.url));

// A 3×2 baseline JPEG: SOI, an APP0 segment, SOF0 with the size, EOI.
const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 0x01, 0x22,
  0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
]);

describe('imageInfo', () => {
  it('reads the type and size of a PNG and a JPEG from their content', () => {
    expect(imageInfo(PNG)).toEqual({ mime: 'image/png', width: 64, height: 64 });
    expect(imageInfo(JPEG)).toEqual({ mime: 'image/jpeg', width: 3, height: 2 });
  });

  it('refuses truncated files and anything else', () => {
    expect(imageInfo(PNG.subarray(0, PNG.length - 20))).toBeUndefined();
    expect(imageInfo(JPEG.subarray(0, JPEG.length - 2))).toBeUndefined();
    expect(imageInfo(new TextEncoder().encode('<svg onload="x()"/>'))).toBeUndefined();
    expect(imageInfo(new Uint8Array())).toBeUndefined();
  });
});
