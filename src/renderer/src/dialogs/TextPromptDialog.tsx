/** Asks for a link address or a footnote's text. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLink } from '../richtext/commands.ts';
import { Modal } from './Modal.tsx';

interface TextPromptProps {
  kind: 'link' | 'footnote';
  initial: string;
  resolve(value: string | undefined): void;
}

/** A one-field dialog. */
export function TextPromptDialog({ kind, initial, resolve }: TextPromptProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const invalid = kind === 'link' && value.trim() !== '' && !isAllowedLink(value);
  const submit = () => {
    if (!invalid) resolve(value.trim());
  };
  return (
    <Modal
      title={t(kind === 'link' ? 'prompt.linkTitle' : 'prompt.footnoteTitle')}
      onCancel={() => resolve(undefined)}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field-label" htmlFor="prompt-input">
          {t(kind === 'link' ? 'prompt.linkLabel' : 'prompt.footnoteLabel')}
        </label>
        {kind === 'link' ? (
          <input
            id="prompt-input"
            className="cell-input"
            data-autofocus
            value={value}
            aria-invalid={invalid}
            aria-describedby="prompt-hint"
            onChange={(e) => setValue(e.target.value)}
          />
        ) : (
          <textarea
            id="prompt-input"
            className="cell-input cell-textarea"
            data-autofocus
            rows={3}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
        <p id="prompt-hint" className={invalid ? 'field-error' : 'muted'}>
          {t(
            kind === 'link'
              ? invalid
                ? 'prompt.linkInvalid'
                : 'prompt.linkHint'
              : 'prompt.footnoteHint',
          )}
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => resolve(undefined)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={invalid}>
            {t('common.ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
