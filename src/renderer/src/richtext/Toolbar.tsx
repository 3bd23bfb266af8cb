/** The formatting toolbar of a rich-text section. Buttons keep the editor's selection (mousedown is prevented). */
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { unwrap } from '../../../shared/client.ts';
import type { Asset } from '../../../core/model/project.ts';
import { api } from '../api/index.ts';
import { Icon } from '../app/Icon.tsx';
import { reportError } from '../actions/project.ts';
import { useAppStore } from '../store/store.ts';
import { askText } from './askText.ts';
import {
  activeLink,
  blockStyle,
  insertFootnote,
  insertImage,
  isAllowedLink,
  setBlockStyle,
  setLink,
  toggleMark,
  type BlockStyle,
} from './commands.ts';
import { activeListType, toggleList } from './lists.ts';
import { pickImageFile } from './pickImage.ts';
import type { MarkName } from './slateTypes.ts';

function ToolButton({
  label,
  pressed,
  onAction,
  children,
  shortcut,
}: {
  label: string;
  pressed?: boolean;
  onAction(): void;
  children: ReactNode;
  shortcut?: string;
}) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
      onClick={onAction}
    >
      {children}
    </button>
  );
}

function newAssetId(existing: Record<string, Asset>): string {
  let n = Object.keys(existing).length + 1;
  while (`gambar-${n}` in existing) n++;
  return `gambar-${n}`;
}

/** What the buttons show for the selection: the toolbar re-renders only when this changes, not on every keystroke. */
interface ToolbarState {
  style: BlockStyle;
  list: string | undefined;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

function toolbarState(editor: Editor): ToolbarState {
  // Runs on every change: the marks at the selection are looked up once, not once per button.
  const marks = Editor.marks(editor);
  return {
    style: blockStyle(editor),
    list: activeListType(editor),
    bold: marks?.bold === true,
    italic: marks?.italic === true,
    underline: marks?.underline === true,
    link: activeLink(editor) !== undefined,
  };
}

function sameState(a: ToolbarState | null, b: ToolbarState): boolean {
  return (
    a !== null &&
    a.style === b.style &&
    a.list === b.list &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.link === b.link
  );
}

/** The toolbar above the text. */
export function Toolbar({ sectionKey }: { sectionKey: string }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const nativeDialogs = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const state = useSlateSelector(toolbarState, sameState);
  const { style, list } = state;
  const mark = (name: MarkName, label: string, shortcut: string, glyph: ReactNode) => (
    <ToolButton
      label={label}
      shortcut={shortcut}
      pressed={state[name]}
      onAction={() => toggleMark(editor, name)}
    >
      {glyph}
    </ToolButton>
  );

  const addLink = async () => {
    const url = await askText('link', activeLink(editor) ?? 'https://');
    ReactEditor.focus(editor);
    if (url === undefined) return;
    if (url !== '' && !isAllowedLink(url)) return;
    setLink(editor, url.trim());
  };
  const addFootnote = async () => {
    const note = await askText('footnote', '');
    ReactEditor.focus(editor);
    if (note) insertFootnote(editor, note);
  };
  const addImage = async () => {
    try {
      const asset = nativeDialogs ? unwrap(await api.chooseImage()) : await pickImageFile();
      if (!asset) return;
      const state = useAppStore.getState();
      const doc = state.doc;
      if (!doc) return;
      const id = newAssetId(doc.project.assets);
      // The asset first, so that the image never points at nothing; undo removes the image, then the asset.
      state.edit([{ target: { kind: 'asset', id }, before: undefined, after: asset }]);
      ReactEditor.focus(editor);
      insertImage(editor, id);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div
      className="rt-toolbar"
      role="toolbar"
      aria-label={t('richtext.toolbar')}
      aria-controls={`rt-${sectionKey}`}
    >
      <label className="visually-hidden" htmlFor={`rt-style-${sectionKey}`}>
        {t('richtext.style')}
      </label>
      <select
        id={`rt-style-${sectionKey}`}
        className="tool-select"
        value={style}
        onChange={(e) => {
          setBlockStyle(editor, e.target.value as BlockStyle);
          ReactEditor.focus(editor);
        }}
      >
        <option value="paragraph">{t('richtext.paragraph')}</option>
        <option value="heading-1">{t('richtext.heading1')}</option>
        <option value="heading-2">{t('richtext.heading2')}</option>
      </select>
      <span className="tool-separator" aria-hidden="true" />
      {mark('bold', t('richtext.bold'), 'Ctrl+B', <strong>B</strong>)}
      {mark('italic', t('richtext.italic'), 'Ctrl+I', <em>I</em>)}
      {mark('underline', t('richtext.underline'), 'Ctrl+U', <u>U</u>)}
      <span className="tool-separator" aria-hidden="true" />
      <ToolButton
        label={t('richtext.bulleted')}
        pressed={list === 'bulleted-list'}
        onAction={() => toggleList(editor, 'bulleted-list')}
      >
        <Icon name="bulleted" />
      </ToolButton>
      <ToolButton
        label={t('richtext.numbered')}
        pressed={list === 'numbered-list'}
        onAction={() => toggleList(editor, 'numbered-list')}
      >
        <Icon name="numbered" />
      </ToolButton>
      <span className="tool-separator" aria-hidden="true" />
      <ToolButton label={t('richtext.link')} pressed={state.link} onAction={() => void addLink()}>
        <Icon name="link" />
      </ToolButton>
      <ToolButton label={t('richtext.footnote')} onAction={() => void addFootnote()}>
        <Icon name="footnote" />
      </ToolButton>
      <ToolButton label={t('richtext.image')} onAction={() => void addImage()}>
        <Icon name="image" />
      </ToolButton>
    </div>
  );
}
