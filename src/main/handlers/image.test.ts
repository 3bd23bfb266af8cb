import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAsset } from '../../core/assets/limits.ts';
import { COLOUR_TYPE } from '../../core/assets/png.ts';
import { colourOf, decodedPng, pngFile, readinessChart } from '../../core/assets/testPng.ts';
import { createHostEnv } from '../../host/env.ts';
import type { HandlerEnv } from './env.ts';
import { assetFromBytes, chooseImage, importImage } from './image.ts';

const WIDTH = 120;
const HEIGHT = 48;
// What a screenshot of the readiness chart looks like: RGBA, alpha 255 everywhere, adaptive
// filters, a colour profile and a resolution.
const OPAQUE = readinessChart(WIDTH, HEIGHT, 'white');
const SCREENSHOT = pngFile({
  width: WIDTH,
  height: HEIGHT,
  colourType: COLOUR_TYPE.rgba,
  pixels: OPAQUE,
  filters: [1, 4, 4, 2, 0],
  chunks: [
    { type: 'sRGB', body: Uint8Array.from([0]) },
    { type: 'pHYs', body: Uint8Array.from([0, 0, 0x0e, 0xc4, 0, 0, 0x0e, 0xc4, 1]) },
  ],
});
// The same chart exported from a diagram tool with a clear background.
const DIAGRAM = pngFile({
  width: WIDTH,
  height: HEIGHT,
  colourType: COLOUR_TYPE.rgba,
  pixels: readinessChart(WIDTH, HEIGHT, 'clear'),
  filters: [1, 4, 4, 2, 0],
});

/** The stored image's colour type and packed pixels. */
const stored = (data: string) => decodedPng(Buffer.from(data, 'base64'));

describe('assetFromBytes', () => {
  it('stores an opaque RGBA screenshot as RGB with the same pixels, which export accepts', () => {
    const asset = assetFromBytes('kesiapan-smart-city.png', SCREENSHOT);
    expect(asset).toMatchObject({
      mime: 'image/png',
      width: WIDTH,
      height: HEIGHT,
      name: 'kesiapan-smart-city.png',
    });
    expect(stored(asset.data)).toEqual({ colourType: COLOUR_TYPE.rgb, pixels: colourOf(OPAQUE) });
    expect(Buffer.from(asset.data, 'base64').length).toBeLessThan(SCREENSHOT.length);
    expect(checkAsset(asset)).toMatchObject({ ok: true });
  });

  it('stores an image with transparency exactly as it came', () => {
    const asset = assetFromBytes('arsitektur-integrasi.png', DIAGRAM);
    expect(asset.data).toBe(Buffer.from(DIAGRAM).toString('base64'));
  });

  it('stores a JPEG exactly as it came', () => {
    const jpeg = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 0x01, 0x22, 0x00,
      0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
    ]);
    const asset = assetFromBytes('foto-bandara.jpg', jpeg);
    expect(asset).toMatchObject({ mime: 'image/jpeg', width: 3, height: 2 });
    expect(asset.data).toBe(Buffer.from(jpeg).toString('base64'));
  });
});

describe('the image handlers', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'rencana-image-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('importImage (browser): an opaque screenshot is stored without alpha', () => {
    const asset = importImage({
      name: 'unduhan/kesiapan.png',
      data: Buffer.from(SCREENSHOT).toString('base64'),
    });
    expect(asset.name).toBe('kesiapan.png');
    expect(stored(asset.data).colourType).toBe(COLOUR_TYPE.rgb);
  });

  it('chooseImage (desktop): the file picked is read and stored the same way', async () => {
    const file = join(folder, 'arsitektur-integrasi.png');
    writeFileSync(file, DIAGRAM);
    const host = createHostEnv({ projectsDir: join(folder, 'projects') });
    const env: HandlerEnv = {
      ...host,
      dialogs: { ...host.dialogs, available: true, chooseImage: async () => file },
    };
    const asset = await chooseImage(undefined, env);
    expect(asset).toMatchObject({ name: 'arsitektur-integrasi.png', width: WIDTH });
    expect(asset!.data).toBe(Buffer.from(DIAGRAM).toString('base64'));
  });
});
