/** Lampiran: the annexes after the last chapter. */
import type { OutlineSection } from '../template/outline.ts';
import type { LayoutEnv } from './env.ts';
import type { SectionFlow } from './flow.ts';
import { titleHeading } from './headings.ts';
import { annexCaptionPrefix, annexNumber } from './numbering.ts';
import { sectionBody } from './sectionBody.ts';
import { writeSection } from './sections.ts';

/**
 * Writes the annexes as "LAMPIRAN 1", "LAMPIRAN 2" …, numbered over the annexes
 * actually printed (an empty optional annex is left out and takes no number).
 */
export function writeAnnexes(env: LayoutEnv, flow: SectionFlow, annexes: OutlineSection[]): void {
  let printed = 0;
  for (const annex of annexes) {
    // Entering the scope of the next number is harmless when the annex turns out empty:
    // the following annex enters the same scope afresh.
    env.captions.enter(annexCaptionPrefix(printed + 1));
    const body = sectionBody(env, annex);
    if (!body) continue;
    printed++;
    flow.orient(body.orientation ?? 'portrait');
    flow.push(titleHeading(env, 'annex', annexNumber(printed), annex.title, 0), ...body.blocks);
    for (const child of annex.children) writeSection(env, flow, child, 0);
  }
}
