/** Which part of the plan the export buttons write: the whole plan or one Buku. */
import { useTranslation } from 'react-i18next';
import { bookLabel } from '../../../core/template/outline.ts';
import { useAppStore } from '../store/store.ts';

/** A compact select before Ekspor Word / Ekspor PDF. */
export function ExportScope() {
  const { t } = useTranslation();
  const books = useAppStore((s) => s.doc!.outline.books);
  const book = useAppStore((s) => s.exportBook);
  const setBook = useAppStore((s) => s.setExportBook);
  return (
    <select
      className="tool-select export-scope"
      aria-label={t('export.scope')}
      title={t('export.scope')}
      value={String(book)}
      onChange={(e) => setBook(e.target.value === 'all' ? 'all' : Number(e.target.value))}
    >
      <option value="all">{t('export.wholePlan')}</option>
      {books.map((b) => (
        <option key={b.key} value={b.number}>
          {bookLabel(b.number)} {b.title}
        </option>
      ))}
    </select>
  );
}
