/** The contract over HTTP, for the renderer running in a plain browser against the host. */
import type { Envelope, ExportProgress } from '../../../shared/api.ts';
import { createApiClient, type Transport } from '../../../shared/client.ts';

function failure(message: string): Envelope<unknown> {
  return { ok: false, error: { key: 'app.internal', params: { message }, message } };
}

async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  if (!response.ok) return failure(`HTTP ${response.status}`);
  return (await response.json()) as Envelope<unknown>;
}

// Export answers with NDJSON: progress lines, then one line with the result.
async function readStream(
  response: Response,
  onProgress: (progress: ExportProgress) => void,
): Promise<Envelope<unknown>> {
  if (!response.ok || !response.body) return readEnvelope(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as {
        progress?: ExportProgress;
        result?: Envelope<unknown>;
      };
      buffered = buffered.slice(newline + 1);
      if (line.progress) onProgress(line.progress);
      if (line.result) return line.result;
      newline = buffered.indexOf('\n');
    }
    if (done) return failure('jawaban ekspor terputus');
  }
}

const send: Transport = async (call, input, onProgress) => {
  const response = await fetch(`./api/${call}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: input === undefined ? '' : JSON.stringify(input),
    // The tab may be closing: this request must still reach the host.
    keepalive: call === 'endWindow',
  });
  const envelope =
    call === 'exportDocument'
      ? await readStream(response, onProgress ?? (() => {}))
      : await readEnvelope(response);
  return envelope as never;
};

/** The API for the browser: the same named functions; menu commands never arrive here. */
export function createHttpApi() {
  return {
    ...createApiClient(send),
    onCommand: () => () => {},
  };
}
