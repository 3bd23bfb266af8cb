/** The plans the benchmark generates: a large province plan, a medium city plan, a tiny one for tests. */
import type { PlanSpec } from './plan.ts';

export type PlanName = 'large' | 'medium' | 'tiny';

const PERIOD = { start: 2026, end: 2030 };
const DATE = '2026-11-22';

/** The default seed; any other gives another plan of the same size. */
export const DEFAULT_SEED = 20261122;

/** The spec of a named plan for a seed. */
export function planSpec(name: PlanName, seed: number = DEFAULT_SEED): PlanSpec {
  switch (name) {
    case 'large':
      // Jawa Tengah: 35 regencies and cities; about 150,000 words with the tables.
      return {
        name,
        template: 'provinsi',
        region: '33',
        seed,
        proseWords: 74_000,
        programmes: 612,
        quickWins: 120,
        regencyProgrammes: 5,
        figures: 20,
        period: PERIOD,
        date: DATE,
      };
    case 'medium':
      // Kota Semarang: a regency/city plan of about 80 pages.
      return {
        name,
        template: 'kabkota',
        region: '33.74',
        seed: seed + 1,
        proseWords: 2_500,
        programmes: 24,
        quickWins: 10,
        regencyProgrammes: 0,
        figures: 6,
        period: PERIOD,
        date: DATE,
      };
    case 'tiny':
      return {
        name,
        template: 'kabkota',
        region: '33.74',
        seed: seed + 2,
        proseWords: 2_500,
        programmes: 18,
        quickWins: 6,
        regencyProgrammes: 0,
        figures: 1,
        period: PERIOD,
        date: DATE,
      };
  }
}

/** Every plan the benchmark measures. */
export const BENCH_PLANS: PlanName[] = ['large', 'medium'];
