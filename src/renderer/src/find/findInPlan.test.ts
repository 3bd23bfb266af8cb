import { describe, expect, it } from 'vitest';
import {
  GOVERNANCE_PROGRAMMES,
  sampleContext,
  sampleProject,
  tableRows,
} from '../../../../tests/fixtures/sample.ts';
import { findInPlan } from './findInPlan.ts';

const labels = { row: 'baris {row}' };

describe('find in the plan', () => {
  it('finds titles, rich text and table cells, case-insensitively, with a place to go to', () => {
    const project = sampleProject();
    tableRows(project, GOVERNANCE_PROGRAMMES)[0]!.cells.name = 'Aplikasi ZEBRA Terpadu';
    const hits = findInPlan(sampleContext(project), 'zebra', labels);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      match: 'ZEBRA',
      target: { sectionKey: GOVERNANCE_PROGRAMMES, rowIndex: 0, column: 'name' },
    });
    expect(hits[0]!.where).toContain('baris 1');
  });

  it('points into the rich text exactly', () => {
    const ctx = sampleContext();
    const [hit] = findInPlan(ctx, 'banyuwangi', labels).filter((h) => h.target.text);
    const { path, offset, length } = hit!.target.text!;
    const content = ctx.project.sections[hit!.sectionKey];
    let node: unknown = content?.kind === 'richtext' ? { children: content.doc } : undefined;
    for (const index of path) node = (node as { children: unknown[] }).children[index];
    expect((node as { text: string }).text.slice(offset, offset + length).toLowerCase()).toBe(
      'banyuwangi',
    );
  });

  it('needs two characters and stops at the limit', () => {
    const ctx = sampleContext();
    expect(findInPlan(ctx, 'a', labels)).toEqual([]);
    expect(findInPlan(ctx, 'an', labels, 10)).toHaveLength(10);
  });
});
