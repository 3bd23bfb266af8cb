/**
 * Page headers laid out once per kind instead of once per page.
 *
 * pdfmake lays out a page's header and footer on every page as a block of its own:
 * preprocessing, measuring and placing the node, then copying the block onto the page.
 * The running header (the plan's title over a rule) is the same node on every page of an
 * orientation, and a block's layout depends on nothing but its node and its size. So the
 * laid-out block of a node is kept (per document, keyed by the node as JSON and the
 * block's size) and copied onto each later page as pdfmake copies a block: the same
 * items at the same places (repeatedFurniture.test.ts compares the pages). Footers,
 * whose page label differs on every page, are laid out as before but go the same way.
 * Checked against pdfmake 0.3.11 (LayoutBuilder.addDynamicRepeatable,
 * PageElementWriter.commitUnbreakableBlock, ElementWriter.addFragment).
 */

interface Page {
  items: unknown[];
  pageSize: { width: number; height: number };
  pageMargins: unknown;
  customProperties: Record<string, unknown>;
}

interface Block {
  items: unknown[];
  xOffset?: number;
  yOffset?: number;
  height: number;
}

interface Context {
  page: number;
  pages: Page[];
  y: number;
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): Page;
}

interface Writer {
  transactionLevel: number;
  context(): Context;
  beginUnbreakableBlock(width: number, height: number): void;
  commitUnbreakableBlock(x: number, y: number): void;
}

type Sizes = { x: number; y: number; width: number; height: number };

interface Builder {
  writer: Writer;
  docPreprocessor: { preprocessBlock(node: unknown): unknown };
  docMeasure: { measureBlock(node: unknown): unknown };
  processNode(node: unknown): void;
  /** Blocks laid out so far in this document (set by the engine); none: pdfmake's way. */
  _furnitureBlocks?: Map<string, Block>;
}

type NodeGetter = (pageNumber: number, pageCount: number, pageSize: unknown) => unknown;

export interface RepeatedFurnitureLayoutBuilder {
  prototype: Builder & {
    addDynamicRepeatable(
      this: Builder,
      nodeGetter: NodeGetter | null | undefined,
      sizeFunction: (pageSize: Page['pageSize'], pageMargins: unknown) => Sizes,
      customPropertyName: string,
    ): void;
  };
}

/** Whether `value` is made of strings, numbers, booleans, null, plain arrays and objects only. */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => item !== undefined && isPlainData(item));
}

/**
 * Whether copying the block leaves its items as they were: pdfmake copies a line and a
 * vector's own fields, but moves a polyline's points (shared with the block) in place.
 */
function copiesWhole(items: readonly unknown[]): boolean {
  return items.every((entry) => {
    const { type, item } = entry as { type: string; item: { type?: string } };
    if (type === 'line') return true;
    return type === 'vector' && (item.type === 'line' || item.type === 'rect');
  });
}

/** For tests comparing the two: when false, every block is laid out anew; blocks copied. */
export const furnitureSwitch = { enabled: true, copied: 0 };

let installed = false;

/** ElementWriter.prototype.addFragment: pdfmake's copying of a block onto the current page. */
type AddFragment = (
  this: Writer,
  block: Block,
  useBlockXOffset: boolean,
  useBlockYOffset: boolean,
  dontUpdateContextPosition: boolean,
) => unknown;

/** Installs the kept header blocks on pdfmake's LayoutBuilder (once per process). */
export function installRepeatedFurniture(
  LayoutBuilder: RepeatedFurnitureLayoutBuilder,
  addFragment: AddFragment,
): void {
  if (installed) return;
  installed = true;
  const addDynamicRepeatable = LayoutBuilder.prototype.addDynamicRepeatable;
  LayoutBuilder.prototype.addDynamicRepeatable = function (
    nodeGetter,
    sizeFunction,
    customPropertyName,
  ) {
    const blocks = this._furnitureBlocks;
    if (!furnitureSwitch.enabled || !blocks)
      return addDynamicRepeatable.call(this, nodeGetter, sizeFunction, customPropertyName);
    const writer = this.writer;
    const pages = writer.context().pages;
    for (let pageIndex = 0, l = pages.length; pageIndex < l; pageIndex++) {
      writer.context().page = pageIndex;
      const customProperties = writer.context().getCurrentPage().customProperties;
      let pageNodeGetter = nodeGetter;
      if (customProperties[customPropertyName] || customProperties[customPropertyName] === null)
        pageNodeGetter = customProperties[customPropertyName] as NodeGetter | null;
      if (typeof pageNodeGetter === 'undefined' || pageNodeGetter === null) continue;
      const node = pageNodeGetter(pageIndex + 1, l, writer.context().pages[pageIndex]!.pageSize);
      if (!node) continue;
      const current = writer.context().getCurrentPage();
      const sizes = sizeFunction(current.pageSize, current.pageMargins);
      // Only a node JSON describes whole has a key (a function, e.g. a table layout, has none).
      const key = isPlainData(node)
        ? `${sizes.width}x${sizes.height} ${JSON.stringify(node)}`
        : null;
      const block = key === null ? undefined : blocks.get(key);
      if (block) {
        // commitUnbreakableBlock(x, y) for a block laid out before: copied at the forced place.
        furnitureSwitch.copied++;
        block.xOffset = sizes.x;
        block.yOffset = sizes.y;
        addFragment.call(writer, block, true, true, true);
        continue;
      }
      writer.beginUnbreakableBlock(sizes.width, sizes.height);
      const blockContext = writer.context();
      this.processNode(this.docMeasure.measureBlock(this.docPreprocessor.preprocessBlock(node)));
      // One page, as the block's own page has no height to fill: what commit copies.
      const laidOut = blockContext.pages.length === 1 ? blockContext.pages[0] : undefined;
      writer.commitUnbreakableBlock(sizes.x, sizes.y);
      if (key !== null && laidOut && copiesWhole(laidOut.items))
        blocks.set(key, laidOut as unknown as Block);
    }
  };
}
