/**
 * Recognises PNG and JPEG images by their content (not their name) and reads their pixel
 * size from the header, so an image is checked before it is stored in a project.
 */

export interface ImageInfo {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

/** The big-endian unsigned 32-bit number at `at` (PNG lengths and sizes). */
export function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!
  );
}

function pngInfo(bytes: Uint8Array): ImageInfo | undefined {
  // The first chunk must be IHDR (length 13): width and height follow its type.
  if (bytes.length < 33 || u32(bytes, 8) !== 13) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  // A PNG ends with an IEND chunk; without it the file is truncated.
  const tail = String.fromCharCode(...bytes.subarray(bytes.length - 8, bytes.length - 4));
  if (tail !== 'IEND') return undefined;
  return { mime: 'image/png', width: u32(bytes, 16), height: u32(bytes, 20) };
}

// Start-of-frame markers carry the size; DHT (C4), JPG (C8) and DAC (CC) share the range but do not.
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (isStartOfFrame(marker))
      return { mime: 'image/jpeg', height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** The type and pixel size of a PNG or JPEG, or undefined for anything else or a truncated file. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return pngInfo(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegInfo(bytes);
  return undefined;
}
