/** The merged findings of the open plan, computed once per change of their inputs. */
import { useMemo } from 'react';
import type { Finding } from '../../../core/validate/index.ts';
import { useAppStore } from '../store/store.ts';
import { mergeFindings } from '../validation/run.ts';

/** Every current finding, errors first, in document order. */
export function useFindings(): Finding[] {
  const planFindings = useAppStore((s) => s.planFindings);
  const sectionFindings = useAppStore((s) => s.sectionFindings);
  // The outline, not the whole document, decides the order; content changes alone do not re-sort.
  const outline = useAppStore((s) => s.doc?.outline);
  return useMemo(
    () => (outline ? mergeFindings(planFindings, sectionFindings, outline) : []),
    [planFindings, sectionFindings, outline],
  );
}

/** Number of errors per section key. */
export function useFindingCounts(): Map<string, number> {
  const findings = useFindings();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings)
      if (f.severity === 'error' && f.target.sectionKey !== undefined)
        counts.set(f.target.sectionKey, (counts.get(f.target.sectionKey) ?? 0) + 1);
    return counts;
  }, [findings]);
}
