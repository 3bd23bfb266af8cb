/** Small line icons for toolbar buttons (the buttons carry the names; icons are decoration). */
const PATHS = {
  bulleted: 'M6 4h8M6 8h8M6 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  numbered: 'M6 4h8M6 8h8M6 12h8M2 3l1-.5V6M2 9.5c.5-.6 2-.6 2 .3 0 .7-2 1.4-2 2.2h2',
  link: 'M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 0 1 4.5 9l1-1',
  footnote: 'M3 12h6M3 9h9M3 6h9M12.5 2.5v3M11 3.2l3 1.6M11 4.8l3-1.6',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 2.5 2.5 2-2 3.5 3.5M10.5 6.2h.01',
  undo: 'M5 3.5L2.5 6 5 8.5M2.5 6H10a3.5 3.5 0 0 1 0 7H6',
  redo: 'M11 3.5L13.5 6 11 8.5M13.5 6H6a3.5 3.5 0 0 0 0 7h4',
  search: 'M7 12a5 5 0 1 1 0-10 5 5 0 0 1 0 10zM10.7 10.7L14 14',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon drawn in the current text colour. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
