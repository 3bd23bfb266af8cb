/** Figures: the image or chart at its share of the text width, its caption below, both on one page. */
import type { FigureBlock } from '../../../layout/model.ts';
import { type BuildContext, textHeight, textWidth } from '../context.ts';
import type { PdfNode } from '../types.ts';
import { collapsedBefore } from '../styles.ts';
import { caption, captionHeight } from './caption.ts';

/** Lines kept free under the image for its caption. */
const CAPTION_ROOM_LINES = 4;

/** Printed size of an image: its share of `maxWidth`, shrunk to fit `maxHeight`. */
export function fitImage(
  image: { widthPx: number; heightPx: number },
  widthFraction: number,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const aspect = image.widthPx > 0 ? image.heightPx / image.widthPx : 1;
  const width = Math.min(Math.max(widthFraction, 0.05), 1) * maxWidth;
  const scale = Math.min(1, maxHeight / (width * aspect));
  return { width: width * scale, height: width * aspect * scale };
}

function imageSize(block: FigureBlock, ctx: BuildContext): { width: number; height: number } {
  const room = textHeight(ctx) - CAPTION_ROOM_LINES * ctx.type.lineStep;
  return fitImage(block.image, block.widthFraction, textWidth(ctx), room);
}

/** Room a figure needs: it is never split, so all of it. */
export function figureLead(block: FigureBlock, ctx: BuildContext): number {
  return ctx.type.space.figureBefore + imageSize(block, ctx).height + captionHeight(ctx);
}

/** The figure with its caption; a chart is drawn as vectors, a picture embedded as it is. */
export function figure(block: FigureBlock, ctx: BuildContext): PdfNode {
  const size = imageSize(block, ctx);
  const { image } = block;
  return {
    stack: [
      image.mime === 'image/svg+xml'
        ? { svg: image.svg, ...size, alignment: 'center' }
        : { image: ctx.images.register(image), ...size, alignment: 'center' },
      caption(block.caption, [0, ctx.type.space.captionBefore, 0, 0]),
    ],
    unbreakable: true,
    margin: [
      0,
      collapsedBefore(ctx.type, ctx.type.space.figureBefore),
      0,
      ctx.type.space.captionAfter,
    ],
  };
}
