/** Moves focus to a row, a cell or a year inside a cell of a grid, and brings it into view. */

export interface GridPlace {
  rowId?: string;
  column?: string;
  year?: number;
}

function attr(value: string): string {
  return CSS.escape(value);
}

/** Focuses the most exact control found for `place`; true when something was focused. */
export function focusPlace(grid: HTMLElement, place: GridPlace): boolean {
  const selectors: string[] = [];
  const row = place.rowId ? `[data-row-id="${attr(place.rowId)}"]` : '';
  if (place.column) {
    const column = `[data-column="${attr(place.column)}"]`;
    if (place.year !== undefined) selectors.push(`${row}${column}[data-year="${place.year}"]`);
    selectors.push(`${row}${column}`);
  }
  if (row) selectors.push(`${row}[data-column]`);
  if (!place.rowId && !place.column) selectors.push('[data-column]');
  for (const selector of selectors) {
    const target = grid.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return true;
    }
  }
  return false;
}
