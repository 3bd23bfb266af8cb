/** The languages every user-facing message exists in. */
export type Lang = 'id' | 'en';

export const DEFAULT_LANG: Lang = 'id';

/** Picks the language from an explicit flag or the environment (LANG=en* means English). */
export function detectLang(flag?: string, env: Record<string, string | undefined> = {}): Lang {
  const pick = flag ?? env.RENCANA_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return pick.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Fills {name} placeholders. */
export function interpolate(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
