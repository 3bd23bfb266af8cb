/** Images stored in the project (logo, figures in rich text) as layout images. */
import type { Project } from '../model/project.ts';
import type { ImageData } from './model.ts';

function decodeBase64(data: string): Uint8Array {
  // atob exists in Node 20 and in browsers alike, so core stays free of Buffer.
  const binary = atob(data.replace(/\s/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The image of asset `assetId`, or undefined when the project does not hold it (or it is unreadable). */
export function assetImage(project: Project, assetId: string): ImageData | undefined {
  const asset = project.assets[assetId];
  if (!asset) return undefined;
  try {
    return {
      mime: asset.mime,
      data: decodeBase64(asset.data),
      widthPx: asset.width,
      heightPx: asset.height,
    };
  } catch {
    return undefined;
  }
}

/**
 * Printed width as a share of the text width: the image at 150 dpi, at least a
 * quarter and at most the full width, so small screenshots are not blown up.
 */
export function imageWidthFraction(image: ImageData, textWidthPt: number): number {
  const printedPt = (image.widthPx / 150) * 72;
  return Math.round(Math.min(1, Math.max(0.25, printedPt / textWidthPt)) * 100) / 100;
}
