/** The editor: top bar, outline on the left, the section in the centre, guidance and findings on the right. */
import { useTranslation } from 'react-i18next';
import { FindPanel } from '../find/FindPanel.tsx';
import { OutlineTree } from '../outline/OutlineTree.tsx';
import { FindingsPanel } from '../panel/FindingsPanel.tsx';
import { GuidancePanel } from '../panel/GuidancePanel.tsx';
import { SectionView } from '../editor/SectionView.tsx';
import { useAppStore } from '../store/store.ts';
import { ExportStatusBar } from './ExportStatusBar.tsx';
import { TopBar } from './TopBar.tsx';

/** The screen while a plan is open. */
export function EditorScreen() {
  const { t } = useTranslation();
  const findOpen = useAppStore((s) => s.findOpen);
  const guidanceOpen = useAppStore((s) => s.guidanceOpen);
  const toggleGuidance = useAppStore((s) => s.toggleGuidance);
  return (
    <div className="editor-screen">
      <TopBar />
      <ExportStatusBar />
      <div className="workspace">
        <nav className="outline-pane" aria-label={t('outline.navigation')}>
          <OutlineTree />
        </nav>
        <main className="centre-pane" id="centre">
          {findOpen && <FindPanel />}
          <SectionView />
        </main>
        <aside className="side-pane" aria-label={t('side.label')}>
          {guidanceOpen ? (
            <GuidancePanel />
          ) : (
            <button
              type="button"
              className="button button-small show-guidance"
              onClick={toggleGuidance}
            >
              {t('guidance.show')}
            </button>
          )}
          <FindingsPanel />
        </aside>
      </div>
    </div>
  );
}
