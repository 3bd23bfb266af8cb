/** Region search over the official Kemendagri list: a combobox with a list of matches; several may be chosen. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionHit } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';

interface RegionPickerProps {
  templateId: string;
  chosen: RegionHit[];
  onChange(chosen: RegionHit[]): void;
}

/** Search field, results and the chosen regions. */
export function RegionPicker({ templateId, chosen, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<RegionHit[]>([]);
  const [active, setActive] = useState(0);
  useEffect(() => {
    let current = true;
    if (query.trim().length < 2) {
      setHits([]);
      return;
    }
    const timer = setTimeout(() => {
      api
        .searchRegions({ query, templateId, limit: 12 })
        .then((envelope) => {
          if (current) {
            setHits(unwrap(envelope));
            setActive(0);
          }
        })
        .catch(() => current && setHits([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, templateId]);
  const choose = (hit: RegionHit) => {
    if (!chosen.some((c) => c.code === hit.code)) onChange([...chosen, hit]);
    setQuery('');
    setHits([]);
  };
  const open = hits.length > 0;
  return (
    <div className="region-picker">
      <label className="field-label" htmlFor="region-search">
        {t('wizard.regionSearch')}
      </label>
      <input
        id="region-search"
        className="cell-input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        data-autofocus
        placeholder={t('wizard.regionPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(event) => {
          if (!open) return;
          if (event.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (event.key === 'Enter' && hits[active]) choose(hits[active]);
          else if (event.key === 'Escape') setHits([]);
          else return;
          event.preventDefault();
          event.stopPropagation();
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('wizard.regionResults')}
        className={`region-results${open ? '' : ' is-empty'}`}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`region-option${i === active ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
          >
            <span>{hit.name}</span>
            <span className="muted"> {hit.code}</span>
          </li>
        ))}
      </ul>
      {query.trim().length >= 2 && hits.length === 0 && (
        <p className="muted">{t('wizard.regionNone')}</p>
      )}
      <div className="chosen-regions" aria-live="polite">
        {chosen.length === 0 ? (
          <p className="muted">{t('wizard.regionNoneChosen')}</p>
        ) : (
          <ul className="chips" aria-label={t('wizard.regionChosen')}>
            {chosen.map((region) => (
              <li key={region.code} className="chip">
                {region.name}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('wizard.regionRemove', { name: region.name })}
                  onClick={() => onChange(chosen.filter((c) => c.code !== region.code))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {chosen.length > 1 && <p className="muted">{t('wizard.regionAgglomeration')}</p>}
      </div>
    </div>
  );
}
