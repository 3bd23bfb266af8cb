/** A value per plan year (costs, targets): one input per year, plus any stray year to clear. */
import type { CellValue } from '../../../core/model/project.ts';
import type { ColumnDef } from '../../../core/template/types.ts';
import { NumberInput } from './NumberInput.tsx';

interface YearlyEditorProps {
  column: ColumnDef;
  value: CellValue | undefined;
  label: string;
  years: number[];
  place: Record<string, string>;
  onValue(value: CellValue | undefined): void;
}

function yearlyRecord(value: CellValue | undefined): Record<string, string | number> {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** The year inputs of one cell. */
export function YearlyEditor({ column, value, label, years, place, onValue }: YearlyEditorProps) {
  const record = yearlyRecord(value);
  // Years outside the period stay visible so that the finding about them can be fixed here.
  const shown = [...new Set([...years, ...Object.keys(record).map(Number)])].sort((a, b) => a - b);
  const set = (year: number, entry: string | number | undefined) => {
    const next: Record<string, string | number> = { ...record };
    if (entry === undefined || entry === '') delete next[year];
    else next[year] = entry;
    onValue(Object.keys(next).length ? (next as CellValue) : undefined);
  };
  return (
    <span className="yearly" role="group" aria-label={label}>
      {shown.map((year) => {
        const attributes = {
          ...place,
          'data-year': String(year),
          'aria-label': `${label} ${year}`,
        };
        const entry = record[year];
        return (
          <span key={year} className={`yearly-row${years.includes(year) ? '' : ' is-outside'}`}>
            <span className="yearly-year" aria-hidden="true">
              {year}
            </span>
            {column.type === 'yearlyRupiah' ? (
              <NumberInput
                {...attributes}
                className="cell-input"
                kind="rupiah"
                value={typeof entry === 'number' ? entry : undefined}
                onValue={(v) => set(year, v)}
              />
            ) : (
              <input
                {...attributes}
                className="cell-input"
                type="text"
                maxLength={500}
                value={typeof entry === 'string' ? entry : ''}
                onChange={(e) => set(year, e.target.value)}
              />
            )}
          </span>
        );
      })}
    </span>
  );
}
