/**
 * Test helpers for code that replaces pdfmake's with the same result: a run with the
 * replacement switched on and one with it off, and the pages as drawing reads them.
 */
import type { LaidOutPage } from './laidOut.ts';

/** Runs `make` with `toggle` on, then off; `count` is read after the first run. */
export async function onAndOff<T>(
  toggle: { enabled: boolean },
  count: () => number,
  make: () => T | Promise<T>,
): Promise<{ on: T; off: T; counted: number }> {
  toggle.enabled = true;
  const on = await make();
  const counted = count();
  toggle.enabled = false;
  const off = await make();
  return { on, off, counted };
}

/** Every item of every page as drawing reads it: lines with their words, rules and shading. */
export function drawn(pages: readonly LaidOutPage[]): unknown[] {
  return pages.map((page) =>
    page.items.map((entry) => {
      if (entry.type !== 'line') return entry;
      const line = entry.item;
      return {
        type: 'line',
        x: line.x,
        y: line.y,
        id: line.id,
        height: line.getHeight(),
        width: line.getWidth(),
        inlines: line.inlines.map((inline) => ({
          ...inline,
          font: (inline.font as unknown as { name: string }).name,
        })),
      };
    }),
  );
}
