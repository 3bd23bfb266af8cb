/** Moves focus to the control of a project-details path ("period/end", "opd/2/id"), or its nearest parent. */
export function focusMeta(page: HTMLElement, path: string): void {
  const parts = path.split('/');
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('/');
    const target =
      page.querySelector<HTMLElement>(`[data-meta="${CSS.escape(prefix)}"]`) ??
      page.querySelector<HTMLElement>(`[data-meta^="${CSS.escape(prefix)}/"]`);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
      return;
    }
  }
}
