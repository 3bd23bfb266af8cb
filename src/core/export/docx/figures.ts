/** Figures: the image at its share of the text width, keeping its aspect, caption below. */
import type { FigureBlock, ImageData } from '../../layout/model.ts';
import { figureRaster } from '../../layout/rasterize.ts';
import { renderCaption } from './captions.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import type { Media } from './media.ts';
import { paragraph } from './properties.ts';
import { STYLE } from './styleIds.ts';
import { TWIPS_PER_PX } from './units.ts';
import { escapeXml } from './xml.ts';

/** A figure never takes more of the page height than this, leaving room for its caption. */
const MAX_HEIGHT_SHARE = 0.8;

/** DrawingML measures in EMUs: 914400 per inch, 9525 per pixel at 96 dpi. */
const EMU_PER_PX = 9525;

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

/** An inline picture run for the model's image data, with its alt text. */
export function imageRun(
  image: ImageData,
  size: { width: number; height: number },
  altText: string,
  media: Media,
): string {
  const id = media.nextDrawingId();
  const embed = media.embed(image);
  const cx = size.width * EMU_PER_PX;
  const cy = size.height * EMU_PER_PX;
  const alt = escapeXml(altText);
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${alt}" descr="${alt}" title="${alt}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${embed}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

/** The figure paragraph and its caption. */
export function renderFigure(
  block: FigureBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string[] {
  const fraction = Math.min(1, Math.max(0.05, block.widthFraction));
  // Word gets a chart as a PNG (drawn here, once per chart and process).
  const image = figureRaster(block.image);
  const size = imageSize(
    image,
    ctx.page.textWidth * fraction,
    ctx.page.textHeight * MAX_HEIGHT_SHARE,
  );
  const alt = `${block.caption.label} ${block.caption.text}`;
  return [
    paragraph(
      { style: STYLE.figure, keepNext: true, pageBreakBefore: options.pageBreakBefore },
      imageRun(image, size, alt, ctx.media),
    ),
    renderCaption(block.caption, ctx.captions, ctx.bookmarks),
  ];
}
