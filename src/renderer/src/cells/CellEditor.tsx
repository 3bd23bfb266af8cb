/**
 * The editor of one value, by column type: used by the grid (a cell) and the fields form
 * (a field). Values go to the store as the types the schema expects, or not at all when empty.
 */
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../../core/model/project.ts';
import type { ChoiceOption, ColumnDef } from '../../../core/template/types.ts';
import { MultiChoice } from './MultiChoice.tsx';
import { NumberInput } from './NumberInput.tsx';
import type { NumberKind } from './numberText.ts';
import { YearlyEditor } from './YearlyEditor.tsx';
import { valueText } from '../../../core/format/valueText.ts';

export interface CellEditorProps {
  column: ColumnDef;
  value: CellValue | undefined;
  /** Accessible name, e.g. "Tahun Mulai, baris 3". */
  label: string;
  options: ChoiceOption[];
  years: number[];
  id?: string;
  /** Attributes that let a finding find this control. */
  place: Record<string, string>;
  onValue(value: CellValue | undefined): void;
}

const NUMBER_KINDS: Partial<Record<ColumnDef['type'], NumberKind>> = {
  rupiah: 'rupiah',
  integer: 'integer',
  decimal: 'decimal',
  percentage: 'decimal',
  year: 'year',
};

function asString(value: CellValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function asNumber(value: CellValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function optionName(options: ChoiceOption[], id: string): string {
  return options.find((o) => o.id === id)?.name ?? id;
}

/** The control for one value. */
export function CellEditor({
  column,
  value,
  label,
  options,
  years,
  id,
  place,
  onValue,
}: CellEditorProps) {
  const { t } = useTranslation();
  const common = {
    id,
    'aria-label': label,
    'aria-required': column.required || undefined,
    ...place,
  };
  if (column.readOnly) {
    const shown =
      typeof value === 'string'
        ? optionName(options, value)
        : Array.isArray(value)
          ? value.map(valueText).join(',')
          : valueText(value);
    return (
      <span className="cell-readonly" tabIndex={-1} {...common}>
        {shown}
      </span>
    );
  }
  const numberKind = NUMBER_KINDS[column.type];
  if (numberKind)
    return (
      <span className={`cell-number cell-${column.type}`}>
        <NumberInput
          {...common}
          className="cell-input"
          kind={numberKind}
          value={asNumber(value)}
          onValue={onValue}
        />
        {column.type === 'percentage' && (
          <span className="cell-unit" aria-hidden="true">
            %
          </span>
        )}
      </span>
    );
  switch (column.type) {
    case 'text':
      return (
        <input
          {...common}
          className="cell-input"
          type="text"
          maxLength={2000}
          value={asString(value)}
          onChange={(e) => onValue(e.target.value === '' ? undefined : e.target.value)}
        />
      );
    case 'longtext':
      return (
        <textarea
          {...common}
          className="cell-input cell-textarea"
          rows={2}
          maxLength={20000}
          value={asString(value)}
          onChange={(e) => onValue(e.target.value === '' ? undefined : e.target.value)}
        />
      );
    case 'choice':
      return (
        <select
          {...common}
          className="cell-input cell-select"
          value={asString(value)}
          onChange={(e) => onValue(e.target.value === '' ? undefined : e.target.value)}
        >
          <option value="">{t('cell.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          {typeof value === 'string' && value !== '' && !options.some((o) => o.id === value) && (
            <option value={value}>{t('cell.unknownChoice', { value })}</option>
          )}
        </select>
      );
    case 'multichoice':
      return (
        <MultiChoice
          {...place}
          id={id}
          label={label}
          options={options}
          value={Array.isArray(value) ? value : []}
          onValue={(next) => onValue(next.length ? next : undefined)}
        />
      );
    case 'boolean':
      return (
        <input
          {...common}
          className="cell-checkbox"
          type="checkbox"
          checked={value === true}
          onChange={(e) => onValue(e.target.checked ? true : undefined)}
        />
      );
    case 'yearlyRupiah':
    case 'yearlyText':
      return (
        <YearlyEditor
          column={column}
          value={value}
          label={label}
          years={years}
          place={place}
          onValue={onValue}
        />
      );
    default:
      return null;
  }
}
