/** The grid's keydown handler: moves focus between cells by gridMove's rules. */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { caretOf, gridMove } from './gridKeys.ts';

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

function cellAt(grid: HTMLElement, row: number, column: number): HTMLElement | null {
  return grid.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`);
}

/** Focus moves from cell to cell; inside a cell with several inputs (years), up/down moves between them first. */
export function useGridKeys(gridRef: RefObject<HTMLElement | null>) {
  return useCallback(
    (event: KeyboardEvent) => {
      const grid = gridRef.current;
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLElement>('[data-cell]');
      const caret = caretOf(target);
      if (!grid || !cell || !caret) return;
      const move = gridMove(event, caret);
      if (!move) return;
      const controls = [...cell.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const inside = controls.indexOf(target) + move.rows + move.columns;
      if (
        controls.length > 1 &&
        (move.rows !== 0 || move.columns !== 0) &&
        inside >= 0 &&
        inside < controls.length
      ) {
        event.preventDefault();
        controls[inside]!.focus();
        return;
      }
      const [row, column] = cell.dataset.cell!.split(':').map(Number) as [number, number];
      const next = cellAt(grid, row + move.rows, column + move.columns);
      const control = next?.querySelector<HTMLElement>(FOCUSABLE);
      if (!control) return;
      event.preventDefault();
      control.focus();
      // Arriving at the end of the text: one more arrow in the same direction moves on.
      if (control instanceof HTMLInputElement && control.type === 'text')
        control.setSelectionRange(control.value.length, control.value.length);
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [gridRef],
  );
}
