/** Whichever dialog is open. */
import { useAppStore } from '../store/store.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog.tsx';
import { NewProjectWizard } from '../wizard/NewProjectWizard.tsx';
import { LockedDialog } from './LockedDialog.tsx';
import { OpenProjectDialog } from './OpenProjectDialog.tsx';
import { RollupDialog } from './RollupDialog.tsx';
import { SaveConflictDialog } from './SaveConflictDialog.tsx';
import { SaveAsDialog } from './SaveAsDialog.tsx';
import { TextPromptDialog } from './TextPromptDialog.tsx';

/** The open dialog, if any. */
export function Dialogs() {
  const dialog = useAppStore((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new-project':
      return <NewProjectWizard />;
    case 'open-project':
      return <OpenProjectDialog />;
    case 'save-as':
      return <SaveAsDialog resolve={dialog.resolve} />;
    case 'confirm-discard':
      return <ConfirmDiscardDialog resolve={dialog.resolve} />;
    case 'link':
    case 'footnote':
      return (
        <TextPromptDialog kind={dialog.kind} initial={dialog.initial} resolve={dialog.resolve} />
      );
    case 'about':
      return <AboutDialog />;
    case 'locked':
      return <LockedDialog name={dialog.name} info={dialog.info} resolve={dialog.resolve} />;
    case 'save-conflict':
      return (
        <SaveConflictDialog
          message={dialog.message}
          canOverwrite={dialog.canOverwrite}
          resolve={dialog.resolve}
        />
      );
    case 'rollup':
      return <RollupDialog />;
  }
}
