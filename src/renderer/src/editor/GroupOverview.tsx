/**
 * Overviews: a section that only groups others (an element of a dimension) lists its parts; a
 * Buku or a BAB lists what is inside it with how complete each is and its findings, each a link.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineSection } from '../../../core/template/outline.ts';
import { CompletenessMark } from '../outline/CompletenessMark.tsx';
import { useFindings } from '../panel/useFindings.ts';
import { useAppStore } from '../store/store.ts';
import { overviewOf, type OverviewRow, type Part, type Tally } from './overviewModel.ts';

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

function TallyText({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="overview-required">
        {tally.required > 0
          ? t('overview.required', { complete: tally.complete, required: tally.required })
          : t('overview.noRequired')}
      </span>
      {(tally.errors > 0 || tally.warnings > 0) && (
        <span className={`overview-findings${tally.errors > 0 ? ' has-errors' : ''}`}>
          {t('findings.summary', { errors: tally.errors, warnings: tally.warnings })}
        </span>
      )}
    </>
  );
}

function RowLink({
  row,
  summary,
  onOpen,
}: {
  row: OverviewRow;
  /** A chapter in a book's overview: the totals of its sections. */
  summary: boolean;
  onOpen(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`group-link overview-link overview-depth-${Math.min(row.depth, 3)}`}
      onClick={() => onOpen(row.key)}
    >
      <span className="group-number">{row.number}</span>
      <span className="group-title">
        {row.title}
        {row.isRequired && <span className="overview-badge">{t('section.required')}</span>}
      </span>
      <span className="overview-tally">
        {summary ? (
          <TallyText tally={row} />
        ) : (
          (row.errors > 0 || row.warnings > 0) && (
            <span className={`overview-findings${row.errors > 0 ? ' has-errors' : ''}`}>
              {t('findings.summary', { errors: row.errors, warnings: row.warnings })}
            </span>
          )
        )}
      </span>
      {row.completeness !== undefined && <CompletenessMark value={row.completeness} />}
    </button>
  );
}

/** The overview of a Buku (its chapters) or a BAB (its sections). */
export function PartOverview({ part }: { part: Part }) {
  const { t } = useTranslation();
  const marks = useAppStore((s) => s.sectionMarks);
  const completeness = useAppStore((s) => s.completeness);
  const showSection = useAppStore((s) => s.showSection);
  const findings = useFindings();
  const overview = useMemo(
    () => overviewOf(part, marks, findings, completeness),
    [part, marks, findings, completeness],
  );
  const dimension = part.kind === 'chapter' ? part.chapter.dimension : undefined;
  return (
    <div className="group-overview part-overview">
      {dimension && (
        <p className="overview-dimension">
          {t('overview.dimension', {
            name: dimension.name,
            nameId: dimension.nameId,
            elements: dimension.elements.map((e) => e.name).join(', '),
          })}
        </p>
      )}
      <p className="overview-total" role="status">
        <TallyText tally={overview.total} />
      </p>
      <p className="muted">
        {part.kind === 'book' ? t('overview.bookIntro') : t('overview.chapterIntro')}
      </p>
      <ul className="group-list">
        {overview.rows.map((row) => (
          <li key={row.key}>
            <RowLink row={row} summary={part.kind === 'book'} onOpen={showSection} />
          </li>
        ))}
      </ul>
    </div>
  );
}
