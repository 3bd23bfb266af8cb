/** In the browser: a file picker for an image, checked by the host like any other image. */
import { ApiError, unwrap } from '../../../shared/client.ts';
import { MAX_IMAGE_BYTES } from '../../../shared/api.ts';
import type { Asset } from '../../../core/model/project.ts';
import { api } from '../api/index.ts';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Resolves with the checked asset, or null when the user picked nothing. */
export function pickImageFile(): Promise<Asset | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/png,image/jpeg';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > MAX_IMAGE_BYTES) {
        // The host would refuse it too; no need to send megabytes to hear that.
        const size = Math.ceil(file.size / 1048576);
        const params = { name: file.name, size, limit: MAX_IMAGE_BYTES / 1048576 };
        return reject(new ApiError({ key: 'app.image-too-large', params, message: file.name }));
      }
      void file
        .arrayBuffer()
        .then((buffer) =>
          api.importImage({ name: file.name, data: toBase64(new Uint8Array(buffer)) }),
        )
        .then((envelope) => resolve(unwrap(envelope)))
        .catch(reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
