import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../../../tests/fixtures/sample.ts';
import { firstMetaProblem } from './metaChecks.ts';

describe('project details that would make the file invalid', () => {
  const meta = sampleProject().meta;

  it('accepts the sample', () => {
    expect(firstMetaProblem(meta)).toBeUndefined();
  });

  it('sends the user to the team member without a name, or the OPD without a code or name', () => {
    expect(
      firstMetaProblem({ ...meta, team: [...meta.team, { name: ' ', role: 'x' }] })?.path,
    ).toBe(`team/${meta.team.length}/name`);
    expect(firstMetaProblem({ ...meta, opd: [{ id: 'Bad Id', abbr: 'A', name: 'B' }] })?.path).toBe(
      'opd/0/id',
    );
    expect(firstMetaProblem({ ...meta, opd: [{ id: 'ok', abbr: '', name: 'B' }] })?.path).toBe(
      'opd/0/abbr',
    );
    expect(firstMetaProblem({ ...meta, title: '' })?.path).toBe('title');
  });
});
