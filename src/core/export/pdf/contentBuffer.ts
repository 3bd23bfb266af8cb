/**
 * Two changes to how PDFKit writes its stream objects, both checked against pdfkit 0.19
 * (`PDFReference.write`, `finalize`, `PDFDocument._refEnd` and `end`).
 *
 * Operator strings: PDFKit turns every content operator ("1 0 0 1 72 700 Tm",
 * "[<0041> 0] TJ" …) into a Buffer of its own and keeps them all until the stream
 * ends: millions of small Buffers for a long document. Here operator strings are
 * collected per stream and converted to bytes once, when bytes arrive or the stream
 * ends; the bytes written are the same.
 *
 * Compression off the main thread: PDFKit deflates each stream synchronously when it
 * ends (page content, fonts, images), about a tenth of a long export. In a document
 * marked with `compressInBackground`, streams are deflated by node:zlib on libuv's
 * thread pool, on the other core while layout goes on, and written when done. PDFKit
 * is built for objects that end late: it records each object's offset when it is
 * written and writes the cross-reference table once every object has ended. The
 * objects are written in the order they ended, whatever order their compression
 * finishes in, so the file's bytes are the same from run to run, and the same as
 * PDFKit writes synchronously. The caller must let the event loop turn now and then
 * (see `settle`) for finished streams to be written.
 */
import { deflate } from 'node:zlib';

interface PdfKitDocument {
  /** Ours: set by `compressInBackground`. */
  backgroundCompression?: BackgroundCompression;
  emit(event: 'error', error: Error): boolean;
}

interface PdfKitReference {
  document: PdfKitDocument;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[] | Buffer;
  /** Ours: operator strings not yet turned into bytes. */
  pendingText?: string[];
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/** An object waiting to be written, in the order objects ended. */
interface Pending {
  ref: PdfKitReference;
  /** Its deflated stream once compressed; `null` when it has nothing to compress. */
  compressed?: Buffer | null;
}

interface BackgroundCompression {
  queue: Pending[];
  /** Resolvers of `settle` calls waiting for the queue to empty. */
  idle: (() => void)[];
  failed?: Error;
}

/** Streams smaller than this are deflated at once: the thread pool's round trip costs more. */
const BACKGROUND_MIN_BYTES = 16 * 1024;

/** Moves the collected strings into the reference's buffer as one chunk. */
function flushText(ref: PdfKitReference): void {
  const pending = ref.pendingText;
  if (!pending || pending.length === 0) return;
  ref.pendingText = [];
  (ref.buffer as Uint8Array[]).push(Buffer.from(pending.join(''), 'binary'));
}

function byteLength(chunks: Uint8Array[]): number {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  return total;
}

function worthBackground(ref: PdfKitReference, chunks: Uint8Array[]): boolean {
  return ref.compress && byteLength(chunks) >= BACKGROUND_MIN_BYTES;
}

/*
 * The patch is marked on PDFKit's class itself, with registered symbols: a second copy
 * of this module (tests reload modules; PDFKit stays loaded) must neither patch again
 * nor lose PDFKit's own finalize.
 */
const PATCHED = Symbol.for('rencana-studio/pdfkit-streams-patched');
const ORIGINAL_FINALIZE = Symbol.for('rencana-studio/pdfkit-finalize');

interface PatchedPrototype extends PdfKitReference {
  [PATCHED]?: true;
  [ORIGINAL_FINALIZE]?: () => void;
}

/** PDFKit's own finalize: deflates what is still to compress and writes the object. */
function finalizeNow(ref: PdfKitReference): void {
  (Object.getPrototypeOf(ref) as PatchedPrototype)[ORIGINAL_FINALIZE]!.call(ref);
}

/** Writes the streams at the head of the queue whose compression has finished. */
function writeFinished(state: BackgroundCompression): void {
  while (state.queue.length > 0 && state.queue[0]!.compressed !== undefined) {
    const { ref, compressed } = state.queue.shift()!;
    if (compressed) {
      // Already deflated: PDFKit writes the bytes as they are (Filter was set by write()).
      ref.buffer = [compressed];
      ref.compress = false;
    }
    finalizeNow(ref);
  }
  if (state.queue.length === 0) for (const resolve of state.idle.splice(0)) resolve();
}

/** Patches PDFKit's reference class (found through the document's root) once. */
export function bufferContentStrings(root: object): void {
  const proto = Object.getPrototypeOf(root) as PatchedPrototype;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  proto[ORIGINAL_FINALIZE] = proto.finalize;
  const writeBytes = proto.write;
  proto.write = function (this: PdfKitReference, chunk) {
    if (chunk instanceof Uint8Array) {
      flushText(this);
      writeBytes.call(this, chunk);
      return;
    }
    const text = `${chunk}\n`;
    (this.pendingText ??= []).push(text);
    // As PDFKit counts: one byte per character ('binary').
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: PdfKitReference) {
    flushText(this);
    const state = this.document.backgroundCompression;
    const chunks = this.buffer as Uint8Array[];
    if (!state || (state.queue.length === 0 && !worthBackground(this, chunks))) {
      finalizeNow(this);
      return;
    }
    // Queued whenever others wait, so objects are written in the order they ended.
    const pending: Pending = { ref: this };
    state.queue.push(pending);
    if (!worthBackground(this, chunks)) {
      pending.compressed = null;
      return;
    }
    const raw = Buffer.concat(chunks);
    this.buffer = [];
    deflate(raw, (error, compressed) => {
      if (error) {
        state.failed ??= error;
        this.document.emit('error', error);
        for (const resolve of state.idle.splice(0)) resolve();
        return;
      }
      pending.compressed = compressed;
      writeFinished(state);
    });
  };
}

/** Lets `document`'s streams be compressed on the thread pool (see above). */
export function compressInBackground(document: object): void {
  (document as PdfKitDocument).backgroundCompression = { queue: [], idle: [] };
}

/**
 * Resolves once every stream of `document` that has ended is written; rejects if a
 * compression failed. Also lets finished streams be written while layout goes on.
 */
export function settle(document: object): Promise<void> {
  const state = (document as PdfKitDocument).backgroundCompression;
  if (!state) return Promise.resolve();
  if (state.failed) return Promise.reject(state.failed);
  if (state.queue.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    state.idle.push(() => (state.failed ? reject(state.failed) : resolve()));
  });
}

/** Gives finished compressions a chance to be written without waiting for the rest. */
export function yieldToCompression(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
