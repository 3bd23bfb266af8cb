/** A number field that formats as you type and keeps the caret in place. */
import { useLayoutEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { displayNumber, formatAsYouType, type NumberKind } from './numberText.ts';

interface NumberInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
> {
  kind: NumberKind;
  value: number | undefined;
  onValue(value: number | undefined): void;
}

/** A text input holding a number; the store gets a number (or nothing), the user sees Indonesian digits. */
export function NumberInput({ kind, value, onValue, onFocus, onBlur, ...rest }: NumberInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current !== null && ref.current && document.activeElement === ref.current) {
      ref.current.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={editing ?? displayNumber(kind, value)}
      onFocus={(event) => {
        setEditing(displayNumber(kind, value));
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setEditing(null);
        onBlur?.(event);
      }}
      onChange={(event) => {
        const formatted = formatAsYouType(
          kind,
          event.target.value,
          event.target.selectionStart ?? event.target.value.length,
        );
        caret.current = formatted.caret;
        setEditing(formatted.text);
        if (formatted.value !== value) onValue(formatted.value);
      }}
    />
  );
}
