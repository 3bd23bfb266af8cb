/** The centre: the heading of the section shown and the editor its kind needs. */
import { useTranslation } from 'react-i18next';
import { bookLabel, type OutlineSection } from '../../../core/template/outline.ts';
import { FieldsForm } from '../fields/FieldsForm.tsx';
import { TableSection } from '../grid/TableSection.tsx';
import { RichTextSection } from '../richtext/RichTextSection.tsx';
import { META_KEY } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { GeneratedNote } from './GeneratedNote.tsx';
import { GroupOverview, PartOverview } from './GroupOverview.tsx';
import { findPart } from './overviewModel.ts';
import { ProjectDetails } from './ProjectDetails.tsx';

function SectionBody({ section }: { section: OutlineSection }) {
  switch (section.def.kind) {
    case 'richtext':
      return <RichTextSection section={section} />;
    case 'table':
      return <TableSection section={section} />;
    case 'fields':
      return <FieldsForm section={section} />;
    case 'group':
      return <GroupOverview section={section} />;
    case 'generated':
      return <GeneratedNote section={section} />;
  }
}

/** The section in the centre, or the project details page. */
export function SectionView() {
  const { t } = useTranslation();
  const activeKey = useAppStore((s) => s.activeKey);
  const section = useAppStore((s) =>
    s.activeKey ? s.doc?.outline.byKey.get(s.activeKey) : undefined,
  );
  const part = useAppStore((s) => (s.doc ? findPart(s.doc.outline, s.activeKey) : undefined));
  if (activeKey === META_KEY) return <ProjectDetails />;
  if (part) {
    return (
      <article className="section section-part" aria-labelledby="section-title">
        <header className="section-header">
          {part.kind === 'chapter' && (
            <p className="section-trail">
              {bookLabel(part.chapter.book.number)} {part.chapter.book.title}
            </p>
          )}
          <h2 id="section-title" className="section-title">
            <span className="section-number">{part.label}</span> {part.title}
          </h2>
        </header>
        <PartOverview key={part.key} part={part} />
      </article>
    );
  }
  if (!section) return <p className="centre-empty muted">{t('section.choose')}</p>;
  const trail = section.trail.slice(0, -1);
  return (
    <article className={`section section-${section.def.kind}`} aria-labelledby="section-title">
      <header className="section-header">
        {trail.length > 0 && <p className="section-trail">{trail.join(' › ')}</p>}
        <h2 id="section-title" className="section-title">
          {section.number && <span className="section-number">{section.number}</span>}{' '}
          {section.title}
        </h2>
        {section.def.required && <p className="section-required">{t('section.required')}</p>}
      </header>
      <SectionBody key={section.key} section={section} />
    </article>
  );
}
