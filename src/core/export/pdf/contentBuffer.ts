import { deflateSync } from 'node:zlib';

/**
 * PDFKit turns every content operator ("1 0 0 1 72 700 Tm", "[(…) 0] TJ" …) into a
 * Buffer of its own and keeps them all until the stream ends: millions of small
 * Buffers for a long document, each with its own allocation. Here operator strings
 * are written straight into one growing byte buffer per stream, which becomes a chunk
 * when bytes arrive or the stream ends; the bytes written are the same. The strings die
 * as soon as they are written, instead of living until their page ends. Checked against
 * pdfkit 0.19 (`PDFReference.write` and `finalize`).
 *
 * Page content is deflated at zlib level 3 instead of PDFKit's default 6: on the large
 * plan's 11 MB of page content that halves the deflating (about a tenth of a first PDF
 * export) for a stream about a seventh larger; the literal glyph strings of the line
 * drawer (lineDrawer.ts) more than make up for it, so the file is still smaller than with
 * hex glyphs at level 6. What else PDFKit writes as text (the fonts' ToUnicode maps) is
 * deflated at level 3 too; font files and images keep PDFKit's level.
 */
export const CONTENT_DEFLATE_LEVEL = 3;

interface PdfKitReference {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  /** Ours: the bytes of operator strings written since the last chunk, each with its newline. */
  pendingText?: PendingText;
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

interface PendingText {
  bytes: Buffer | null;
  used: number;
}

/** Node's Buffer, with the method behind write(…, 'latin1') (not in its types). */
type LatinBuffer = Buffer & { latin1Write(text: string, offset: number): number };

/**
 * Buffer's own latin1Write, which write(text, offset, 'latin1') calls after sorting out its
 * arguments (a third of the time here). Not documented: write() if a Node lacks it.
 */
const HAS_LATIN1_WRITE =
  typeof (Buffer.prototype as Partial<LatinBuffer>).latin1Write === 'function';

/** A stream's first text buffer; it doubles as it fills (a page of the large plan is about 15 kB). */
const FIRST_TEXT_BYTES = 16 * 1024;

/** Writes `text` and a newline as PDFKit would ('binary': one byte per character). */
function writeText(pending: PendingText, text: string): void {
  const needed = pending.used + text.length + 1;
  let bytes = pending.bytes;
  if (bytes === null || bytes.length < needed) {
    const grown = Buffer.allocUnsafe(Math.max(needed, (bytes?.length ?? FIRST_TEXT_BYTES / 2) * 2));
    if (bytes !== null) bytes.copy(grown, 0, 0, pending.used);
    pending.bytes = bytes = grown;
  }
  pending.used += HAS_LATIN1_WRITE
    ? (bytes as LatinBuffer).latin1Write(text, pending.used)
    : bytes.write(text, pending.used, 'latin1');
  bytes[pending.used++] = 0x0a;
}

/** Moves the text written so far into the reference's buffer as one chunk. */
function flushText(ref: PdfKitReference): void {
  const pending = ref.pendingText;
  if (!pending || pending.used === 0 || pending.bytes === null) return;
  ref.buffer.push(pending.bytes.subarray(0, pending.used));
  pending.bytes = null;
  pending.used = 0;
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
    writeText((this.pendingText ??= { bytes: null, used: 0 }), text);
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
