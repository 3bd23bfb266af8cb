/** Asks the user for a link address or a footnote text in an in-app dialog. */
import { useAppStore } from '../store/store.ts';

/** Resolves with the text, or undefined when cancelled. */
export function askText(kind: 'link' | 'footnote', initial: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    useAppStore.getState().openDialog({
      kind,
      initial,
      resolve: (value: string | undefined) => {
        useAppStore.getState().closeDialog();
        resolve(value);
      },
    });
  });
}
