/** A section that only groups others (an element of a dimension): its parts, as links. */
import { useTranslation } from 'react-i18next';
import type { OutlineSection } from '../../../core/template/outline.ts';
import { CompletenessMark } from '../outline/CompletenessMark.tsx';
import { useAppStore } from '../store/store.ts';

/** The list of the group's sections. */
export function GroupOverview({ section }: { section: OutlineSection }) {
  const { t } = useTranslation();
  const marks = useAppStore((s) => s.sectionMarks);
  const showSection = useAppStore((s) => s.showSection);
  return (
    <div className="group-overview">
      <p className="muted">{t('section.groupIntro')}</p>
      <ul className="group-list">
        {section.children.map((child) => (
          <li key={child.key}>
            <button type="button" className="group-link" onClick={() => showSection(child.key)}>
              <span className="group-number">{child.number}</span>
              <span className="group-title">{child.title}</span>
              {marks[child.key] !== undefined && <CompletenessMark value={marks[child.key]!} />}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
