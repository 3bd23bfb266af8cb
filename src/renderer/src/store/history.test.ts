import { describe, expect, it } from 'vitest';
import type { Project, SectionContent } from '../../../core/model/project.ts';
import {
  applyChanges,
  EMPTY_HISTORY,
  MERGE_WINDOW_MS,
  record,
  redo,
  undo,
  type Change,
} from './history.ts';

const text = (value: string): SectionContent => ({
  kind: 'richtext',
  doc: [{ type: 'paragraph', children: [{ text: value }] }],
});

function project(sections: Record<string, SectionContent>): Project {
  return {
    format: 'rencana-studio',
    formatVersion: 1,
    template: { id: 'kabkota', version: '1.0.0' },
    meta: {
      title: 'T',
      level: 'kabupaten',
      regions: [{ code: '35.10', name: 'Kabupaten Banyuwangi' }],
      period: { start: 2026, end: 2030 },
      team: [],
      opd: [],
      date: '2026-01-01',
    },
    sections,
    assets: {},
  };
}

const edit = (key: string, before: string | undefined, after: string): Change => ({
  target: { kind: 'section', key },
  before: before === undefined ? undefined : text(before),
  after: text(after),
});

describe('history', () => {
  it('applies changes forwards and backwards, removing what did not exist before', () => {
    const start = project({ a: text('1') });
    const changes = [edit('a', '1', '2'), edit('b', undefined, 'x')];
    const after = applyChanges(start, changes, 'after');
    expect(after.sections).toEqual({ a: text('2'), b: text('x') });
    expect(applyChanges(after, changes, 'before')).toEqual(start);
    expect(start.sections).toEqual({ a: text('1') });
  });

  it('merges quick edits with the same key into one step, keeping the first "before"', () => {
    let history = record(EMPTY_HISTORY, {
      changes: [edit('a', '', 'K')],
      mergeKey: 'a|text',
      at: 0,
    });
    history = record(history, { changes: [edit('a', 'K', 'Ka')], mergeKey: 'a|text', at: 300 });
    expect(history.past).toHaveLength(1);
    expect(history.past[0]!.changes[0]).toEqual(edit('a', '', 'Ka'));
    history = record(history, {
      changes: [edit('a', 'Ka', 'Kab')],
      mergeKey: 'a|text',
      at: 300 + MERGE_WINDOW_MS,
    });
    expect(history.past).toHaveLength(2);
  });

  it('does not merge edits of different places or without a key, and a new edit clears redo', () => {
    let history = record(EMPTY_HISTORY, {
      changes: [edit('a', '', '1')],
      mergeKey: 'a|text',
      at: 0,
    });
    history = record(history, { changes: [edit('b', '', '2')], mergeKey: 'b|text', at: 10 });
    history = record(history, { changes: [edit('b', '2', '3')], at: 20 });
    expect(history.past).toHaveLength(3);
    const undone = undo(history, project({ a: text('1'), b: text('3') }))!;
    expect(undone.history.future).toHaveLength(1);
    expect(record(undone.history, { changes: [edit('c', undefined, 'x')], at: 30 }).future).toEqual(
      [],
    );
  });

  it('undoes and redoes across sections in order', () => {
    let history = record(EMPTY_HISTORY, { changes: [edit('a', '', 'A')], at: 0 });
    history = record(history, { changes: [edit('b', '', 'B')], at: 5000 });
    let current = project({ a: text('A'), b: text('B') });
    const first = undo(history, current)!;
    expect(first.entry.changes[0]!.target).toEqual({ kind: 'section', key: 'b' });
    expect(first.project.sections.b).toEqual(text(''));
    const second = undo(first.history, first.project)!;
    expect(second.project.sections).toEqual({ a: text(''), b: text('') });
    expect(undo(second.history, second.project)).toBeUndefined();
    const again = redo(second.history, second.project)!;
    current = redo(again.history, again.project)!.project;
    expect(current.sections).toEqual({ a: text('A'), b: text('B') });
  });
});
