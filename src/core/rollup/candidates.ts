/**
 * Shared-programme candidates: programmes of different regions linked by a similar
 * name (Jaccard of meaningful words at or above the threshold) or by the same
 * Permendagri 90/2019 code in the same element, directly or through other
 * programmes. A group spans at least two regions; its basis says which links made it.
 */
import type { Framework } from '../template/types.ts';
import { programmeCost } from './extract.ts';
import { jaccard, nameTokens, NAME_SIMILARITY_THRESHOLD, words } from './similarity.ts';
import { candidateTheme } from './theme.ts';
import type { CandidateBasis, ConsolidatedProgramme } from './types.ts';
import { compareText } from './ids.ts';

/** A group found in the matrix, before it gets a row id and the planner's confirmation. */
export interface DetectedGroup {
  basis: CandidateBasis;
  theme: string;
  element: string;
  dimension: string;
  /** In region-code order, then matrix order. */
  members: ConsolidatedProgramme[];
  totalCost: number;
}

type Link = 'nama' | 'kode';

class Partition {
  private readonly parent: number[];
  readonly links = new Map<number, Set<Link>>();
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number, link: Link): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    const root = Math.min(ra, rb);
    const merged = new Set([...(this.links.get(ra) ?? []), ...(this.links.get(rb) ?? []), link]);
    this.parent[Math.max(ra, rb)] = root;
    this.links.set(root, merged);
  }
}

function linkSimilarNames(
  programmes: ConsolidatedProgramme[],
  ignore: Set<string>,
  partition: Partition,
): void {
  const tokens = programmes.map((p) => nameTokens(p.name, ignore));
  const byWord = new Map<string, number[]>();
  tokens.forEach((set, i) => {
    for (const word of set) byWord.set(word, [...(byWord.get(word) ?? []), i]);
  });
  const compared = new Set<string>();
  for (const indices of byWord.values())
    for (let x = 0; x < indices.length; x++)
      for (let y = x + 1; y < indices.length; y++) {
        const [a, b] = [indices[x]!, indices[y]!];
        const key = `${a}:${b}`;
        if (compared.has(key) || programmes[a]!.regionCode === programmes[b]!.regionCode) continue;
        compared.add(key);
        if (jaccard(tokens[a]!, tokens[b]!) >= NAME_SIMILARITY_THRESHOLD)
          partition.join(a, b, 'nama');
      }
}

function linkSameCodes(programmes: ConsolidatedProgramme[], partition: Partition): void {
  const classes = new Map<string, number[]>();
  programmes.forEach((p, i) => {
    if (!p.budgetCode || !p.element) return;
    const key = `${p.element}|${p.budgetCode}`;
    classes.set(key, [...(classes.get(key) ?? []), i]);
  });
  for (const [first, ...rest] of classes.values())
    if (rest.some((i) => programmes[i]!.regionCode !== programmes[first!]!.regionCode))
      for (const i of rest) partition.join(first!, i, 'kode');
}

function mostCommonElement(members: ConsolidatedProgramme[], order: string[]): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.element, (count.get(m.element) ?? 0) + 1);
  return [...count.entries()].sort(
    (a, b) => b[1] - a[1] || rank(order, a[0]) - rank(order, b[0]),
  )[0]![0];
}

function rank(order: string[], id: string): number {
  const index = order.indexOf(id);
  return index < 0 ? order.length : index;
}

/** Every candidate group of the matrix, ordered by element (framework order), then first member. */
export function findSharedCandidates(
  programmes: ConsolidatedProgramme[],
  framework: Framework,
): DetectedGroup[] {
  const ignore = new Set(
    programmes.flatMap((p) => words(p.regionName)).concat(['kota', 'kabupaten', 'provinsi']),
  );
  const partition = new Partition(programmes.length);
  linkSimilarNames(programmes, ignore, partition);
  linkSameCodes(programmes, partition);
  const components = new Map<number, number[]>();
  programmes.forEach((_, i) => {
    const root = partition.find(i);
    components.set(root, [...(components.get(root) ?? []), i]);
  });
  const groups = [...components.entries()]
    .filter(([, members]) => new Set(members.map((i) => programmes[i]!.regionCode)).size > 1)
    .map(([root, members]) => {
      const links = partition.links.get(root) ?? new Set<Link>();
      const basis: CandidateBasis =
        links.has('nama') && links.has('kode') ? 'nama-kode' : links.has('kode') ? 'kode' : 'nama';
      return { basis, members };
    });
  const elementOrder = framework.dimensions.flatMap((d) => d.elements.map((e) => e.id));
  const dimensionOf = new Map(
    framework.dimensions.flatMap((d) => d.elements.map((e) => [e.id, d.id] as const)),
  );
  return groups
    .map(({ basis, members }) => {
      const sorted = [...members]
        .sort((a, b) => compareText(programmes[a]!.regionCode, programmes[b]!.regionCode) || a - b)
        .map((i) => programmes[i]!);
      const element = mostCommonElement(sorted, elementOrder);
      return {
        basis,
        theme: candidateTheme(sorted, ignore),
        element,
        dimension: dimensionOf.get(element) ?? sorted[0]!.dimension,
        members: sorted,
        totalCost: sorted.reduce((sum, p) => sum + programmeCost(p), 0),
      };
    })
    .sort(
      (a, b) =>
        rank(elementOrder, a.element) - rank(elementOrder, b.element) ||
        compareText(a.members[0]!.rowId, b.members[0]!.rowId),
    );
}
