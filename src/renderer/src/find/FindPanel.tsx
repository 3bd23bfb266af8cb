/** Cari dalam rencana (Ctrl+F): results as you type; choosing one moves there and selects the text. */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contextOf } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { FIND_LIMIT, findInPlan } from './findInPlan.ts';

/** The find panel above the section. */
export function FindPanel() {
  const { t } = useTranslation();
  const doc = useAppStore((s) => s.doc);
  const setFindOpen = useAppStore((s) => s.setFindOpen);
  const focus = useAppStore((s) => s.focus);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const hits = useMemo(
    () => (doc ? findInPlan(contextOf(doc), deferredQuery, { row: t('find.row') }) : []),
    [deferredQuery, doc, t],
  );
  return (
    <section
      className="find-panel"
      role="search"
      aria-label={t('find.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setFindOpen(false);
      }}
    >
      <div className="find-bar">
        <label htmlFor="find-input" className="visually-hidden">
          {t('find.label')}
        </label>
        <input
          id="find-input"
          ref={input}
          type="search"
          className="find-input"
          placeholder={t('find.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="find-count" role="status">
          {deferredQuery.trim().length >= 2
            ? t(hits.length >= FIND_LIMIT ? 'find.countMore' : 'find.count', { count: hits.length })
            : ''}
        </span>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setFindOpen(false)}
        >
          {t('common.close')}
        </button>
      </div>
      {hits.length > 0 && (
        <ul className="find-results">
          {hits.map((h, i) => (
            <li key={i}>
              <button type="button" className="find-hit" onClick={() => focus(h.target)}>
                <span className="find-snippet">
                  {h.before}
                  <mark>{h.match}</mark>
                  {h.after}
                </span>
                <span className="find-where">{h.where}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
