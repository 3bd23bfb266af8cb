/** Wizard step 1: the template pack, with the levels and framework it serves. */
import { useTranslation } from 'react-i18next';
import type { LoadedTemplate } from '../../../core/template/types.ts';

interface TemplateStepProps {
  templates: LoadedTemplate[];
  templateId: string;
  onChoose(templateId: string): void;
}

/** A card per installed pack. */
export function TemplateStep({ templates, templateId, onChoose }: TemplateStepProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-cards">
      <legend className="field-label">{t('wizard.templateLegend')}</legend>
      {templates.map((tpl) => (
        <label
          key={tpl.pack.id}
          className={`choice-card${tpl.pack.id === templateId ? ' is-chosen' : ''}`}
        >
          <input
            type="radio"
            name="template"
            value={tpl.pack.id}
            checked={tpl.pack.id === templateId}
            onChange={() => onChoose(tpl.pack.id)}
          />
          <span className="choice-card-title">{tpl.pack.name}</span>
          <span className="choice-card-text muted">
            {t('wizard.templateInfo', {
              levels: tpl.pack.levels.map((l) => t(`level.${l}`)).join(', '),
              framework: tpl.framework.title,
              books: tpl.pack.books.length,
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
