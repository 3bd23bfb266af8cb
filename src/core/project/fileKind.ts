/**
 * Recognises, from the first bytes, files people open by mistake (or send on purpose) instead
 * of a project: Word/Excel documents and other archives, PDFs, images. An archive is named and
 * refused; it is never inflated, so a zip bomb renamed to .rencana costs nothing.
 */

const text = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

/** What kind of Office or OpenDocument file a ZIP is, from the stored names in its first entries. */
function zipKind(bytes: Uint8Array): string {
  // Names of the first local entries appear uncompressed near the start; no inflating needed.
  const head = text(bytes, 0, 4096);
  if (/word\//.test(head)) return 'DOCX (Microsoft Word)';
  if (/xl\//.test(head)) return 'XLSX (Microsoft Excel)';
  if (/ppt\//.test(head)) return 'PPTX (Microsoft PowerPoint)';
  if (/mimetypeapplication\/vnd\.oasis\.opendocument/.test(head))
    return 'OpenDocument (LibreOffice)';
  if (/\[Content_Types\]\.xml/.test(head)) return 'Microsoft Office (Office Open XML)';
  return 'ZIP';
}

/** A name for a binary file kind that is certainly not a project, or undefined. */
export function binaryFileKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b]) && [3, 5, 7].includes(bytes[2]!)) return zipKind(bytes);
  if (startsWith(bytes, [0x1f, 0x8b])) return 'GZIP';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7-Zip';
  if (text(bytes, 0, 4) === 'Rar!') return 'RAR';
  if (startsWith(bytes, [0x42, 0x5a, 0x68])) return 'BZIP2';
  if (startsWith(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'XZ';
  if (startsWith(bytes, [0x28, 0xb5, 0x2f, 0xfd])) return 'Zstandard';
  if (text(bytes, 0, 5) === '%PDF-') return 'PDF';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return 'DOC/XLS (Microsoft Office 97–2003)';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  return undefined;
}

/** The text encoding a byte-order mark announces when it is not UTF-8, or undefined. */
export function foreignByteOrderMark(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return 'UTF-32';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'UTF-16';
  return undefined;
}

/** Byte offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const b = bytes[at]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      at++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return at;
    let code = b & (0x3f >> need);
    for (let i = 1; i <= need; i++) {
      const next = bytes[at + i];
      if (next === undefined || (next & 0xc0) !== 0x80) return at;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return at;
    at += need + 1;
  }
  return -1;
}
