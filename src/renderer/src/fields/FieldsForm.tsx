/** A fields section (data pokok, pengesahan): one labelled input per field. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../../core/model/project.ts';
import { columnOptions } from '../../../core/plan/options.ts';
import { periodYears } from '../../../core/plan/context.ts';
import type { OutlineSection } from '../../../core/template/outline.ts';
import type { FieldDef } from '../../../core/template/types.ts';
import { CellEditor } from '../cells/CellEditor.tsx';
import { contextOf } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';

const NO_VALUES: Record<string, CellValue> = {};

/** The form of one fields section. */
export function FieldsForm({ section }: { section: OutlineSection }) {
  const { t } = useTranslation();
  const values = useAppStore((s) => {
    const content = s.doc!.project.sections[section.key];
    return content?.kind === 'fields' ? content.values : NO_VALUES;
  });
  const meta = useAppStore((s) => s.doc!.project.meta);
  const reloads = useAppStore((s) => s.reloads);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const formRef = useRef<HTMLDivElement>(null);
  const fields = section.def.fields ?? [];
  const { ctx, years } = useMemo(() => {
    const current = contextOf(useAppStore.getState().doc!);
    return { ctx: current, years: periodYears(current.project) };
    // Options and years come from the project details only.
  }, [meta]);

  useEffect(() => {
    if (!focusRequest || focusRequest.sectionKey !== section.key || !formRef.current) return;
    const selector = focusRequest.field
      ? `[data-field="${CSS.escape(focusRequest.field)}"]`
      : '[data-field]';
    const target = formRef.current.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest, section.key]);

  const set = (field: FieldDef, value: CellValue | undefined) => {
    const current = useAppStore.getState().doc?.project.sections[section.key];
    const next = { ...(current?.kind === 'fields' ? current.values : {}) };
    if (value === undefined) delete next[field.id];
    else next[field.id] = value;
    useAppStore
      .getState()
      .setSection(section.key, { kind: 'fields', values: next }, `${section.key}|${field.id}`);
  };

  return (
    <div className="fields-form" ref={formRef} key={reloads}>
      {fields.map((field) => {
        const id = `field-${field.id}`;
        return (
          <div key={field.id} className={`field field-${field.type}`}>
            <label htmlFor={id} className="field-label">
              {field.label}
              {field.required && (
                <span className="required-mark" title={t('common.required')}>
                  *
                </span>
              )}
            </label>
            <CellEditor
              id={id}
              column={field}
              value={values[field.id]}
              label={field.label}
              options={
                field.type === 'choice' || field.type === 'multichoice'
                  ? columnOptions(ctx, field)
                  : []
              }
              years={years}
              place={{ 'data-field': field.id }}
              onValue={(value) => set(field, value)}
            />
            {field.patternHint && <p className="field-hint muted">{field.patternHint}</p>}
          </div>
        );
      })}
    </div>
  );
}
