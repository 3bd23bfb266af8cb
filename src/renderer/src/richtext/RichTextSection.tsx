/**
 * A rich-text section: Slate over the section's content in the store. Slate holds the
 * working copy while the section is on screen and hands every change to the store, which has
 * it a moment later (store/heldText.ts); undo, redo and opening another plan reload it from
 * the store.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, useSlateSelector, withReact } from 'slate-react';
import type { RichText } from '../../../core/model/richtext.ts';
import type { OutlineSection } from '../../../core/template/outline.ts';
import { useAppStore } from '../store/store.ts';
import { releaseActiveEditor, setActiveEditor } from './activeEditor.ts';
import { toggleMark } from './commands.ts';
import type { MarkName } from './slateTypes.ts';
import { renderElement, renderLeaf } from './Elements.tsx';
import { indentListItem, outdentListItem } from './lists.ts';
import { emptyParagraph, isListItem } from './nodes.ts';
import { scrollCaretIntoView } from './scrollCaret.ts';
import { selectText } from './selectText.ts';
import { Toolbar } from './Toolbar.tsx';
import { withRencana } from './withRencana.ts';
import { countWords } from './wordCount.ts';

const MARK_KEYS: Record<string, MarkName> = { b: 'bold', i: 'italic', u: 'underline' };

function initialValue(sectionKey: string): Descendant[] {
  const content = useAppStore.getState().doc?.project.sections[sectionKey];
  return content?.kind === 'richtext' && content.doc.length > 0
    ? (content.doc as Descendant[])
    : [emptyParagraph()];
}

/** The editor of one rich-text section. */
export function RichTextSection({ section }: { section: OutlineSection }) {
  const { t } = useTranslation();
  const reloads = useAppStore((s) => s.reloads);
  const focusRequest = useAppStore((s) => s.focusRequest);
  // A new editor per section and per reload: its history of selections must not outlive its content.
  const editor = useMemo(() => withRencana(withReact(createEditor())), [section.key, reloads]);
  const value = useMemo(() => initialValue(section.key), [section.key, reloads]);

  useEffect(
    () => () => {
      useAppStore.flushHeld();
      releaseActiveEditor(editor);
    },
    [editor],
  );

  // Each request is carried out once, even when the editor is recreated afterwards.
  const handled = useRef(0);
  useEffect(() => {
    if (
      !focusRequest ||
      focusRequest.sectionKey !== section.key ||
      handled.current === focusRequest.seq
    )
      return;
    handled.current = focusRequest.seq;
    // After the editor has rendered its nodes.
    const frame = requestAnimationFrame(() => {
      if (focusRequest.text && selectText(editor, focusRequest.text)) return;
      ReactEditor.focus(editor);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, section.key, editor]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mark = MARK_KEYS[event.key.toLowerCase()];
    if (mark && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      toggleMark(editor, mark);
      return;
    }
    if (event.key === 'Tab' && Editor.above(editor, { match: isListItem })) {
      event.preventDefault();
      if (event.shiftKey) outdentListItem(editor);
      else indentListItem(editor);
    }
  };

  return (
    <div className="rt">
      <Slate
        key={`${section.key}:${reloads}`}
        editor={editor}
        initialValue={value}
        onValueChange={(next) =>
          // Held, not written: the store has it when typing pauses, or as soon as it is read.
          useAppStore.holdSection(
            section.key,
            { kind: 'richtext', doc: next as RichText },
            `${section.key}|text`,
            reloads,
          )
        }
      >
        <Toolbar sectionKey={section.key} />
        <Editable
          id={`rt-${section.key}`}
          className="rt-editable"
          aria-label={section.title}
          aria-describedby="section-title"
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          scrollSelectionIntoView={scrollCaretIntoView}
          onKeyDown={onKeyDown}
          onFocus={() => setActiveEditor(editor)}
          onBlur={() => useAppStore.flushHeld()}
          placeholder={t('richtext.placeholder')}
          spellCheck
          lang="id"
        />
        <WordCount />
      </Slate>
    </div>
  );
}

/**
 * The word count under the text, from the editor itself (the store has the text a moment later):
 * a number, so it re-renders only when the count changes.
 */
function WordCount() {
  const { t } = useTranslation();
  const count = useSlateSelector((editor) => countWords(editor.children));
  return (
    <p className="rt-stats muted" aria-hidden="true">
      {t('richtext.words', { count })}
    </p>
  );
}
