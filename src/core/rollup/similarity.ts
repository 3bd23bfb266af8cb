/**
 * Name similarity of programmes: the words that carry meaning (lower case, without
 * accents, without stop-words such as "program", "pengembangan", "sistem" and without
 * region names), compared with the Jaccard index.
 */

/** Two names are "similar" from this Jaccard index up. */
export const NAME_SIMILARITY_THRESHOLD = 0.5;

/** Connectives: words that join the others and carry no meaning of their own. */
export const CONNECTIVES: ReadonlySet<string> = new Set([
  'dan',
  'atau',
  'serta',
  'di',
  'ke',
  'dari',
  'untuk',
  'bagi',
  'yang',
  'dengan',
  'pada',
  'dalam',
]);

// Words every programme name uses: verbs of doing, connectives, levels of government.
const STOP_WORDS = new Set([
  'program',
  'kegiatan',
  'pengembangan',
  'pembangunan',
  'penguatan',
  'peningkatan',
  'penyediaan',
  'pengelolaan',
  'penyelenggaraan',
  'pelaksanaan',
  'penerapan',
  'implementasi',
  'optimalisasi',
  'revitalisasi',
  'sistem',
  'aplikasi',
  'berbasis',
  'terpadu',
  'terintegrasi',
  'online',
  'daring',
  'smart',
  'cerdas',
  ...CONNECTIVES,
  'kota',
  'kabupaten',
  'kab',
  'provinsi',
  'daerah',
  'pemerintah',
  'pemkab',
  'pemkot',
]);

const SYNONYMS: Record<string, string> = { centre: 'center', centres: 'center', centers: 'center' };

/** Lower-case words of `text` without accents or punctuation, one-letter words dropped. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1)
    .map((word) => SYNONYMS[word] ?? word);
}

/** The meaningful words of a programme name; `ignore` holds extra words (region names). */
export function nameTokens(name: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(words(name).filter((word) => !STOP_WORDS.has(word) && !ignore.has(word)));
}

/** |A ∩ B| / |A ∪ B|; 0 when either set is empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
