import { deflateSync } from 'node:zlib';

/**
 * PDFKit turns every content operator ("1 0 0 1 72 700 Tm", "[<0041> 0] TJ" …) into a
 * Buffer of its own and keeps them all until the stream ends: millions of small
 * Buffers for a long document, each with its own allocation. Here operator strings
 * are collected per stream and converted to bytes once, when bytes arrive or the
 * stream ends; the bytes written are the same. Checked against pdfkit 0.19
 * (`PDFReference.write` and `finalize`).
 *
 * Page content is deflated at zlib level 3 instead of PDFKit's default 6: on the large
 * plan's 11 MB of page content that halves the deflating (about a tenth of a first PDF
 * export) for a stream about a seventh larger; the literal glyph strings of the line
 * drawer (lineDrawer.ts) more than make up for it, so the file is still smaller than with
 * hex glyphs at level 6. Fonts and images keep PDFKit's level.
 */
export const CONTENT_DEFLATE_LEVEL = 3;

interface PdfKitReference {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  /** Ours: operator strings not yet turned into bytes, each to end with a newline. */
  pendingText?: string[];
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/** Moves the collected strings into the reference's buffer as one chunk. */
function flushText(ref: PdfKitReference): void {
  const pending = ref.pendingText;
  if (!pending || pending.length === 0) return;
  ref.pendingText = [];
  // Joined with their newlines, rather than each string copied with its own first.
  pending.push('');
  ref.buffer.push(Buffer.from(pending.join('\n'), 'binary'));
}

const patched = new WeakSet<object>();

/** Patches PDFKit's reference class (found through the document's root) once. */
export function bufferContentStrings(root: object): void {
  const proto = Object.getPrototypeOf(root) as PdfKitReference;
  if (patched.has(proto)) return;
  patched.add(proto);
  const writeBytes = proto.write;
  const finalize = proto.finalize;
  proto.write = function (this: PdfKitReference, chunk) {
    if (chunk instanceof Uint8Array) {
      flushText(this);
      writeBytes.call(this, chunk);
      return;
    }
    const text = String(chunk);
    (this.pendingText ??= []).push(text);
    // As PDFKit counts: one byte per character ('binary'), and the newline.
    this.uncompressedLength += text.length + 1;
    this.data.Length = (this.data.Length ?? 0) + text.length + 1;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: PdfKitReference) {
    const content = this.pendingText !== undefined;
    flushText(this);
    if (content && this.compress && this.buffer.length > 0) {
      // Page content: deflated here at our level; PDFKit then writes it as it is.
      const bytes = this.buffer.length === 1 ? this.buffer[0]! : Buffer.concat(this.buffer);
      this.buffer = [deflateSync(bytes, { level: CONTENT_DEFLATE_LEVEL })];
      this.compress = false;
      this.data.Filter = 'FlateDecode';
    }
    finalize.call(this);
  };
}
