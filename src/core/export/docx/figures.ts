/** Figures: the image at its share of the text width, keeping its aspect, caption below. */
import { ImageRun, Paragraph, type FileChild } from 'docx';
import type { FigureBlock, ImageData } from '../../layout/model.ts';
import { renderCaption } from './captions.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { STYLE } from './styleIds.ts';
import { TWIPS_PER_PX } from './units.ts';

/** A figure never takes more of the page height than this, leaving room for its caption. */
const MAX_HEIGHT_SHARE = 0.8;

/** Width and height in pixels (96 dpi) of an image drawn `widthTwips` wide, at most `maxHeightTwips` tall. */
export function imageSize(
  image: ImageData,
  widthTwips: number,
  maxHeightTwips: number,
): { width: number; height: number } {
  const aspect = image.heightPx / Math.max(1, image.widthPx);
  const width = Math.min(widthTwips, maxHeightTwips / aspect);
  return {
    width: Math.round(width / TWIPS_PER_PX),
    height: Math.round((width * aspect) / TWIPS_PER_PX),
  };
}

/** An image run for the model's image data, with its alt text. */
export function imageRun(
  image: ImageData,
  size: { width: number; height: number },
  altText: string,
): ImageRun {
  return new ImageRun({
    type: image.mime === 'image/png' ? 'png' : 'jpg',
    data: image.data,
    transformation: size,
    altText: { name: altText, description: altText, title: altText },
  });
}

/** The figure paragraph and its caption. */
export function renderFigure(
  block: FigureBlock,
  ctx: RenderContext,
  options: BlockOptions,
): FileChild[] {
  const fraction = Math.min(1, Math.max(0.05, block.widthFraction));
  const size = imageSize(
    block.image,
    ctx.page.textWidth * fraction,
    ctx.page.textHeight * MAX_HEIGHT_SHARE,
  );
  return [
    new Paragraph({
      style: STYLE.figure,
      keepNext: true,
      pageBreakBefore: options.pageBreakBefore,
      children: [imageRun(block.image, size, `${block.caption.label} ${block.caption.text}`)],
    }),
    renderCaption(block.caption, ctx.captions, ctx.bookmarks),
  ];
}
