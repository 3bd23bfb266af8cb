/** The list of recently opened projects, kept in a small JSON file. */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../core/io/atomicWrite.ts';

export interface RecentRecord {
  /** Absolute path on disk. */
  path: string;
  title: string;
  openedAt: string;
}

export interface RecentStore {
  list(): RecentRecord[];
  add(record: RecentRecord): void;
}

const LIMIT = 10;

function isRecord(value: unknown): value is RecentRecord {
  const r = value as Partial<RecentRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.path === 'string' &&
    typeof r.title === 'string' &&
    typeof r.openedAt === 'string'
  );
}

/** A store in `file`; a missing or damaged file is an empty list, never an error. */
export function fileRecentStore(file: string): RecentStore {
  const read = (): RecentRecord[] => {
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return Array.isArray(data) ? data.filter(isRecord).slice(0, LIMIT) : [];
    } catch {
      return [];
    }
  };
  return {
    list: read,
    add(record) {
      const next = [record, ...read().filter((r) => r.path !== record.path)].slice(0, LIMIT);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomic(file, JSON.stringify(next, null, 2));
      } catch {
        // The recent list is a convenience; failing to write it must not fail an open or a save.
      }
    },
  };
}
