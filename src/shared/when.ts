/** Dates as the app shows them: "22 Nov 2026 14.32" (Indonesian) or "22 Nov 2026 14:32". */
import type { Lang } from '../core/i18n/lang.ts';

const MONTHS: Record<Lang, string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** An ISO time in local time, day month year and hours·minutes; "" when it is not a date. */
export function shortDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getHours())}${lang === 'id' ? '.' : ':'}${two(date.getMinutes())}`;
  return `${date.getDate()} ${MONTHS[lang][date.getMonth()]} ${date.getFullYear()} ${time}`;
}
