/** The window: the start screen or the editor, with dialogs and notices above either. */
import { useAppStore } from '../store/store.ts';
import { Dialogs } from '../dialogs/Dialogs.tsx';
import { EditorScreen } from './EditorScreen.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { StartScreen } from './StartScreen.tsx';

/** The root component. */
export function App() {
  const hasDoc = useAppStore((s) => s.doc !== null);
  const dialogOpen = useAppStore((s) => s.dialog !== null);
  return (
    <>
      {/* While a dialog is open the rest of the window can be neither reached nor read. */}
      <div className="app-root" inert={dialogOpen}>
        {hasDoc ? <EditorScreen /> : <StartScreen />}
      </div>
      <NoticeBar />
      <Dialogs />
    </>
  );
}
