/** Indents of the list styles (TOC 1–3, table of figures), shared by the styles and the entries. */
import { TOC_LAYOUT } from '../../layout/style.ts';
import { HEADING_INDENT } from './headingNumbering.ts';
import { STYLE } from './styleIds.ts';
import { ptToTwips } from './units.ts';

/** A paragraph's left indent and the hanging first line, in twips. */
export interface Indent {
  left: number;
  hanging: number;
}

/** The indent of each list style for a body size: a level's step, the number hanging before the title. */
export function tocIndents(sizePt: number): Record<string, Indent> {
  const level = ptToTwips(TOC_LAYOUT.levelIndentEm * sizePt);
  const hang = (first: number, hanging: number): Indent => ({ left: first + hanging, hanging });
  return {
    [STYLE.toc1]: hang(0, 0),
    [STYLE.toc2]: hang(level, HEADING_INDENT[1]),
    [STYLE.toc3]: hang(2 * level, HEADING_INDENT[2]),
    [STYLE.tableOfFigures]: hang(0, 1134),
  };
}
