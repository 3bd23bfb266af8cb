/** How each rich-text node looks in the editor. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useReadOnly,
  useSlateStatic,
  ReactEditor,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react';
import { useSelected } from 'slate-react';
import { unwrap } from '../../../shared/client.ts';
import type { FootnoteElement, ImageElement, LinkElement } from '../../../core/model/richtext.ts';
import { api } from '../api/index.ts';
import { useAppStore } from '../store/store.ts';
import { setCaption, setFootnote } from './commands.ts';
import { askText } from './askText.ts';

// Chromium places the caret wrongly at the edges of inline elements without this (Slate's own workaround).
const InlineChromiumBugfix = () => (
  <span contentEditable={false} className="inline-bugfix">
    {String.fromCodePoint(160)}
  </span>
);

async function openLink(url: string): Promise<void> {
  try {
    const { opened } = unwrap(await api.openExternal({ url }));
    // The browser host cannot open a browser; this tab can, without giving the page a handle back.
    if (!opened && /^https:\/\//.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  } catch {
    // A refused link (not https) simply does not open; the title shows where it points.
  }
}

function Link({
  attributes,
  children,
  element,
}: {
  attributes: RenderElementProps['attributes'];
  children: ReactNode;
  element: LinkElement;
}) {
  const { t } = useTranslation();
  return (
    <a
      {...attributes}
      href={element.url}
      title={t('richtext.linkTitle', { url: element.url })}
      className="rt-link"
      onClick={(event) => {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) void openLink(element.url);
      }}
    >
      <InlineChromiumBugfix />
      {children}
      <InlineChromiumBugfix />
    </a>
  );
}

function Footnote({
  attributes,
  children,
  element,
}: {
  attributes: RenderElementProps['attributes'];
  children: ReactNode;
  element: FootnoteElement;
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const selected = useSelected();
  const edit = async () => {
    const note = await askText('footnote', element.note);
    if (note !== undefined) setFootnote(editor, ReactEditor.findPath(editor, element), note);
  };
  return (
    <span {...attributes} className={`rt-footnote${selected ? ' is-selected' : ''}`}>
      <button
        type="button"
        contentEditable={false}
        className="rt-footnote-mark"
        title={element.note}
        aria-label={t('richtext.footnoteLabel', { note: element.note })}
        onClick={() => void edit()}
      >
        *
      </button>
      {children}
    </span>
  );
}

function Figure({
  attributes,
  children,
  element,
}: {
  attributes: RenderElementProps['attributes'];
  children: ReactNode;
  element: ImageElement;
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const readOnly = useReadOnly();
  const selected = useSelected();
  const asset = useAppStore((s) => s.doc?.project.assets[element.assetId]);
  return (
    <div {...attributes} className={`rt-figure${selected ? ' is-selected' : ''}`}>
      <figure contentEditable={false} className="rt-figure-inner">
        {asset ? (
          <img
            src={`data:${asset.mime};base64,${asset.data}`}
            alt={element.caption || asset.name}
            className="rt-image"
          />
        ) : (
          <span className="rt-image-missing">{t('richtext.imageMissing')}</span>
        )}
        <figcaption>
          <input
            className="rt-caption"
            aria-label={t('richtext.caption')}
            placeholder={t('richtext.captionPlaceholder')}
            value={element.caption}
            readOnly={readOnly}
            maxLength={500}
            onChange={(e) =>
              setCaption(editor, ReactEditor.findPath(editor, element), e.target.value)
            }
            onKeyDown={(e) => e.stopPropagation()}
          />
        </figcaption>
      </figure>
      {children}
    </div>
  );
}

/** Renders an element. */
export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'paragraph':
      return <p {...attributes}>{children}</p>;
    case 'heading':
      return element.level === 1 ? (
        <h3 {...attributes} className="rt-h1">
          {children}
        </h3>
      ) : (
        <h4 {...attributes} className="rt-h2">
          {children}
        </h4>
      );
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'link':
      return (
        <Link attributes={attributes} element={element}>
          {children}
        </Link>
      );
    case 'footnote':
      return (
        <Footnote attributes={attributes} element={element}>
          {children}
        </Footnote>
      );
    case 'image':
      return (
        <Figure attributes={attributes} element={element}>
          {children}
        </Figure>
      );
  }
}

/** Renders a run of text with its marks. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  return <span {...attributes}>{content}</span>;
}
