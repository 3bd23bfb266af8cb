/** Writes an outline section (and its children) into the flow. */
import type { OutlineSection } from '../template/outline.ts';
import type { LayoutEnv } from './env.ts';
import type { SectionFlow } from './flow.ts';
import { sectionHeading } from './headings.ts';
import { sectionRole } from './numbering.ts';
import { sectionBody } from './sectionBody.ts';

/**
 * Heading, body and children of `section`. `depthOffset` shifts outline depth to
 * navigation depth (1 in a whole-plan export, where a Buku sits above the chapters).
 * A landscape body takes its heading along to the landscape pages.
 */
export function writeSection(
  env: LayoutEnv,
  flow: SectionFlow,
  section: OutlineSection,
  depthOffset: number,
): void {
  const body = sectionBody(env, section);
  if (!body) return;
  const role = sectionRole(section.depth);
  const heading = sectionHeading(
    env,
    role,
    section.number,
    section.title,
    section.depth + depthOffset,
  );
  flow.orient(body.orientation ?? 'portrait');
  flow.push(heading, ...body.blocks);
  for (const child of section.children) writeSection(env, flow, child, depthOffset);
}
