/** Handlers that bring an image into a project, checked by content, size and pixels. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkImageBytes, IMAGE_LIMITS, type ImageProblem } from '../../core/assets/limits.ts';
import { withoutOpaqueAlpha } from '../../core/assets/opaquePng.ts';
import type { Asset } from '../../core/model/project.ts';
import type { ApiInput } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';

function tooLarge(name: string, bytes: number): AppError {
  return new AppError('app.image-too-large', {
    name,
    size: Math.ceil(bytes / 1048576),
    limit: IMAGE_LIMITS.maxBytes / 1048576,
  });
}

/** The shell's message for why an image is refused (the same limits as before export). */
function refusal(problem: ImageProblem, bytes: number): AppError {
  switch (problem.key) {
    case 'image.too-large':
      return tooLarge(problem.params.name, bytes);
    case 'image.too-many-pixels':
      return new AppError('app.image-too-many-pixels', {
        name: problem.params.name,
        width: problem.params.width,
        height: problem.params.height,
        limit: problem.params.side,
        megapixels: problem.params.megapixels,
      });
    default:
      return new AppError('app.image-invalid', { name: problem.params.name });
  }
}

/**
 * An asset from image bytes, checked by content, size and pixels with core's limits
 * (src/core/assets/limits.ts), which export checks again; throws an AppError otherwise. A PNG
 * whose alpha channel is opaque everywhere (most screenshots) is stored without it, the same
 * pixels as RGB or grey, which the PDF exporter embeds without decoding it; anything else is
 * stored as it came.
 */
export function assetFromBytes(name: string, bytes: Uint8Array): Asset {
  const checked = checkImageBytes(name, bytes);
  if (!checked.ok) throw refusal(checked.problem, bytes.length);
  const { info } = checked;
  const stored = (info.mime === 'image/png' && withoutOpaqueAlpha(bytes)) || bytes;
  return {
    mime: info.mime,
    data: Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString('base64'),
    width: info.width,
    height: info.height,
    name,
  };
}

/** importImage: bytes the browser read from a file the user picked. */
export function importImage(input: ApiInput<'importImage'>): Asset {
  return assetFromBytes(basename(input.name), Buffer.from(input.data, 'base64'));
}

/** chooseImage: the native image dialog; null when cancelled or where there is none. */
export async function chooseImage(_input: undefined, env: HandlerEnv): Promise<Asset | null> {
  if (!env.dialogs.available) return null;
  const chosen = await env.dialogs.chooseImage();
  if (chosen === undefined) return null;
  const name = basename(chosen);
  const size = statSync(chosen).size;
  if (size > IMAGE_LIMITS.maxBytes) throw tooLarge(name, size);
  return assetFromBytes(name, readFileSync(chosen));
}
