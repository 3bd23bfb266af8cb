/** Several choices from a list (OPD pendukung, sumber dana): a button that opens a checkbox list. */
import { useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../../../core/template/types.ts';

interface MultiChoiceProps extends Omit<HTMLAttributes<HTMLButtonElement>, 'onChange'> {
  options: ChoiceOption[];
  value: string[];
  label: string;
  onValue(value: string[]): void;
}

/** The chosen names on a button; Escape or leaving the list closes it. */
export function MultiChoice({ options, value, label, onValue, ...rest }: MultiChoiceProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);
  const names = value.map((id) => options.find((o) => o.id === id)?.name ?? id);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  return (
    <div className="multichoice">
      <button
        {...rest}
        ref={button}
        type="button"
        className="multichoice-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-label={`${label}: ${names.length ? names.join(', ') : t('cell.noneChosen')}`}
        onClick={() => setOpen(!open)}
      >
        <span className="multichoice-value">
          {names.length ? names.join(', ') : t('cell.choose')}
        </span>
        <span aria-hidden="true" className="caret-down" />
      </button>
      {open && (
        <div
          ref={box}
          id={listId}
          className="multichoice-popover"
          role="group"
          aria-label={label}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            }
          }}
          onBlur={(event) => {
            if (
              !event.currentTarget.contains(event.relatedTarget as Node | null) &&
              event.relatedTarget !== button.current
            )
              close(false);
          }}
        >
          {options.map((option) => (
            <label key={option.id} className="multichoice-option">
              <input
                type="checkbox"
                checked={value.includes(option.id)}
                onChange={(event) =>
                  onValue(
                    event.target.checked
                      ? [
                          // Keep the list's order; values the list no longer has stay for the check to report.
                          ...options
                            .map((o) => o.id)
                            .filter((id) => id === option.id || value.includes(id)),
                          ...value.filter((id) => !options.some((o) => o.id === id)),
                        ]
                      : value.filter((id) => id !== option.id),
                  )
                }
              />
              <span>{option.name}</span>
            </label>
          ))}
          <button type="button" className="button button-small" onClick={() => close(true)}>
            {t('common.done')}
          </button>
        </div>
      )}
    </div>
  );
}
