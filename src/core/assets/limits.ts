/**
 * The limits every image in a project is held to, checked by content (never by name or by what
 * the project file claims) and from the header only: an image is never decoded to be checked,
 * so a decompression bomb (a tiny PNG whose header announces 100 000 × 100 000 pixels) is
 * refused for what it announces. Used where an image is stored and again before export.
 */
import type { Asset } from '../model/project.ts';
import { imageInfo, type ImageInfo } from './imageInfo.ts';

export const IMAGE_LIMITS = {
  /** Bytes of the image file (a 300-dpi A4 scan as PNG is well under this). */
  maxBytes: 10 * 1024 * 1024,
  /** Pixels per side; the project schema holds the same number. */
  maxSide: 10_000,
  /** Pixels in all; 40 MP decode to 160 MB of RGBA, which the PDF exporter can still afford. */
  maxPixels: 40_000_000,
} as const;

export type ImageLimits = { maxBytes: number; maxSide: number; maxPixels: number };

/** Why an image cannot be used: a message key of core's catalogue and its parameters. */
export type ImageProblem =
  | { key: 'image.invalid'; params: { name: string } }
  | { key: 'image.too-large'; params: { name: string; size: string; limit: number } }
  | {
      key: 'image.too-many-pixels';
      params: { name: string; width: number; height: number; side: number; megapixels: number };
    }
  | { key: 'image.mismatch'; params: { name: string; declared: string; actual: string } };

export type ImageCheck = { ok: true; info: ImageInfo } | { ok: false; problem: ImageProblem };

const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1).replace('.', ',');

/** Checks image file bytes: PNG or JPEG by content, size, and pixels as the header states them. */
export function checkImageBytes(
  name: string,
  bytes: Uint8Array,
  limits: ImageLimits = IMAGE_LIMITS,
): ImageCheck {
  if (bytes.length > limits.maxBytes)
    return {
      ok: false,
      problem: {
        key: 'image.too-large',
        params: { name, size: megabytes(bytes.length), limit: limits.maxBytes / 1048576 },
      },
    };
  const info = imageInfo(bytes);
  if (!info || info.width < 1 || info.height < 1)
    return { ok: false, problem: { key: 'image.invalid', params: { name } } };
  if (
    info.width > limits.maxSide ||
    info.height > limits.maxSide ||
    info.width * info.height > limits.maxPixels
  )
    return {
      ok: false,
      problem: {
        key: 'image.too-many-pixels',
        params: {
          name,
          width: info.width,
          height: info.height,
          side: limits.maxSide,
          megapixels: limits.maxPixels / 1_000_000,
        },
      },
    };
  return { ok: true, info };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(data: string): Uint8Array | undefined {
  const compact = data.replace(/\s/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Checks an image stored in a project file: its base64 length is bounded before anything is
 * decoded, then its content is checked as above and must agree with the type and pixel size the
 * file records for it (the layout sizes figures by those).
 */
export function checkAsset(asset: Asset, limits: ImageLimits = IMAGE_LIMITS): ImageCheck {
  const name = asset.name || 'tanpa nama';
  // Base64 is 4 characters per 3 bytes; anything longer is over the limit before decoding.
  const encodedLimit = Math.ceil(limits.maxBytes / 3) * 4;
  if (asset.data.length > encodedLimit * 1.02 + 1024)
    return {
      ok: false,
      problem: {
        key: 'image.too-large',
        params: {
          name,
          size: megabytes((asset.data.length / 4) * 3),
          limit: limits.maxBytes / 1048576,
        },
      },
    };
  const bytes = decodeBase64(asset.data);
  if (!bytes) return { ok: false, problem: { key: 'image.invalid', params: { name } } };
  const checked = checkImageBytes(name, bytes, limits);
  if (!checked.ok) return checked;
  const { info } = checked;
  if (info.mime !== asset.mime || info.width !== asset.width || info.height !== asset.height)
    return {
      ok: false,
      problem: {
        key: 'image.mismatch',
        params: {
          name,
          declared: `${asset.mime} ${asset.width}×${asset.height}`,
          actual: `${info.mime} ${info.width}×${info.height}`,
        },
      },
    };
  return checked;
}
