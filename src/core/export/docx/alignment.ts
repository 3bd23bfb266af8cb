/** The model's alignments as Word's. */
import { AlignmentType } from 'docx';

type Alignment = 'left' | 'center' | 'right' | 'justify';

const WORD_ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Word's alignment for the model's, or undefined to keep the style's. */
export function wordAlignment<A extends Alignment>(
  align: A | undefined,
): (typeof WORD_ALIGNMENT)[A] | undefined {
  return align === undefined ? undefined : WORD_ALIGNMENT[align];
}
