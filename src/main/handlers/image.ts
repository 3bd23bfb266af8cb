/** Handlers that bring an image into a project, checked by content, size and pixels. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { imageInfo } from '../../core/assets/imageInfo.ts';
import type { Asset } from '../../core/model/project.ts';
import { MAX_IMAGE_BYTES, type ApiInput } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';

/** The project schema's limit per side. */
export const MAX_IMAGE_SIDE = 10_000;

function tooLarge(name: string, bytes: number): AppError {
  return new AppError('app.image-too-large', {
    name,
    size: Math.ceil(bytes / 1048576),
    limit: MAX_IMAGE_BYTES / 1048576,
  });
}

/** An asset from image bytes; throws an AppError for anything that is not a sound PNG or JPEG. */
export function assetFromBytes(name: string, bytes: Uint8Array): Asset {
  if (bytes.length > MAX_IMAGE_BYTES) throw tooLarge(name, bytes.length);
  const info = imageInfo(bytes);
  if (!info || info.width < 1 || info.height < 1) throw new AppError('app.image-invalid', { name });
  if (info.width > MAX_IMAGE_SIDE || info.height > MAX_IMAGE_SIDE)
    throw new AppError('app.image-too-many-pixels', {
      name,
      width: info.width,
      height: info.height,
      limit: MAX_IMAGE_SIDE,
    });
  return {
    mime: info.mime,
    data: Buffer.from(bytes).toString('base64'),
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
  if (size > MAX_IMAGE_BYTES) throw tooLarge(name, size);
  return assetFromBytes(name, readFileSync(chosen));
}
