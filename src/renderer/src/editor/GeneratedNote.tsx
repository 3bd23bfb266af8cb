/** A section the document builds itself (programme matrix, roadmap, roll-up): what it is made from. */
import { useTranslation } from 'react-i18next';
import type { OutlineSection } from '../../../core/template/outline.ts';
import { programmeRows } from '../../../core/plan/programmes.ts';
import { contextOf } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';

/** An explanation in place of an editor. */
export function GeneratedNote({ section }: { section: OutlineSection }) {
  const { t } = useTranslation();
  const count = useAppStore((s) => (s.doc ? programmeRows(contextOf(s.doc)).length : 0));
  return (
    <div className="generated-note">
      <p>{t(`generated.${section.def.generator ?? 'programme-matrix'}`)}</p>
      <p className="muted">{t('generated.count', { count })}</p>
    </div>
  );
}
