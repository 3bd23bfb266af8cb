import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { craftedPng } from '../../../tests/security/craftedFiles.ts';
import type { Asset } from '../model/project.ts';
import { checkAsset, checkImageBytes, IMAGE_LIMITS } from './limits.ts';

const PNG = readFileSync(new URL('../../../build/icons/64x64.png', import.meta.url));
const asset = (bytes: Uint8Array, over: Partial<Asset> = {}): Asset => ({
  mime: 'image/png',
  data: Buffer.from(bytes).toString('base64'),
  width: 64,
  height: 64,
  name: 'logo.png',
  ...over,
});

describe('image limits', () => {
  it('accepts a sound PNG and reports its header', () => {
    expect(checkImageBytes('logo.png', PNG)).toEqual({
      ok: true,
      info: { mime: 'image/png', width: 64, height: 64 },
    });
    expect(checkAsset(asset(PNG)).ok).toBe(true);
  });

  it('refuses a decompression bomb by its header, without decoding it', () => {
    const bomb = craftedPng(100_000, 100_000, 16);
    expect(bomb.length).toBeLessThan(20_000);
    const started = performance.now();
    const result = checkImageBytes('peta.png', bomb);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result).toEqual({
      ok: false,
      problem: {
        key: 'image.too-many-pixels',
        params: {
          name: 'peta.png',
          width: 100_000,
          height: 100_000,
          side: IMAGE_LIMITS.maxSide,
          megapixels: 40,
        },
      },
    });
  });

  it('holds the total pixel count as well as each side', () => {
    // 8 000 × 8 000 is within the per-side limit but 64 megapixels.
    const wide = checkImageBytes('foto-udara.png', craftedPng(8_000, 8_000, 1));
    expect(wide).toMatchObject({ ok: false, problem: { key: 'image.too-many-pixels' } });
    expect(checkImageBytes('peta.png', craftedPng(6_000, 6_000, 1)).ok).toBe(true);
  });

  it('refuses files over the byte limit before looking inside', () => {
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    expect(checkImageBytes('scan.png', big)).toMatchObject({
      ok: false,
      problem: { key: 'image.too-large', params: { name: 'scan.png', limit: 10 } },
    });
    const encoded = asset(PNG, { data: 'A'.repeat(15 * 1024 * 1024) });
    expect(checkAsset(encoded)).toMatchObject({ ok: false, problem: { key: 'image.too-large' } });
  });

  it('refuses what is not an image, broken base64, and images that are not what the file says', () => {
    const svg = new TextEncoder().encode('<svg onload="alert(1)"/>');
    expect(checkImageBytes('x.png', svg)).toMatchObject({
      ok: false,
      problem: { key: 'image.invalid' },
    });
    expect(checkAsset(asset(PNG, { data: 'bukan base64!' }))).toMatchObject({
      ok: false,
      problem: { key: 'image.invalid' },
    });
    expect(checkAsset(asset(PNG, { width: 1200, height: 600 }))).toMatchObject({
      ok: false,
      problem: {
        key: 'image.mismatch',
        params: { declared: 'image/png 1200×600', actual: 'image/png 64×64' },
      },
    });
    expect(checkAsset(asset(PNG, { mime: 'image/jpeg' }))).toMatchObject({
      ok: false,
      problem: { key: 'image.mismatch' },
    });
  });
});
