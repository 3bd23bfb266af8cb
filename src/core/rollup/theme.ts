/** The theme of a shared-programme candidate, e.g. "Command Center" for four command-centre programmes. */
import { compareText } from './ids.ts';
import { CONNECTIVES, words } from './similarity.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** A short name for a group: the words most members share, in the order of the shortest name that has the most of them. */
export function candidateTheme(members: ConsolidatedProgramme[], ignore: Set<string>): string {
  const stripped = members.map((m) =>
    m.name.split(/\s+/).filter((word) => word && !words(word).every((w) => ignore.has(w))),
  );
  const count = new Map<string, number>();
  for (const name of stripped)
    for (const word of new Set(name.flatMap((w) => words(w))))
      count.set(word, (count.get(word) ?? 0) + 1);
  const shared = (word: string) =>
    words(word).some((w) => (count.get(w) ?? 0) * 2 > members.length && !CONNECTIVES.has(w));
  const ranked = stripped
    .map((name) => {
      const kept = name.filter(shared);
      return { text: name.join(' '), kept, distinct: new Set(kept.flatMap((w) => words(w))).size };
    })
    .sort(
      (a, b) =>
        b.distinct - a.distinct || a.text.length - b.text.length || compareText(a.text, b.text),
    );
  const best = ranked[0]!;
  return best.distinct > 0 ? best.kept.join(' ') : best.text || members[0]!.name;
}
