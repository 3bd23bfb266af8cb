import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../core/io/projectFile.ts';
import { BUILTIN_TEMPLATES_DIR, builtinTemplates } from '../../../core/io/templates.ts';
import type { Project } from '../../../core/model/project.ts';
import { autosaveInterval } from '../autosaveInterval.ts';
import { openDocument } from '../store/document.ts';
import { applyChanges } from '../store/history.ts';
import { changesBetween, matrixSectionKey, rollupKindOf } from './rollupPlan.ts';

const EXAMPLES = join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup');

function doc(file: string, edit: (project: Project) => void = () => {}) {
  const { project } = readProjectFile(join(EXAMPLES, file));
  edit(project);
  return openDocument(project, builtinTemplates().forProject(project.template), file, file);
}

describe('which plans can receive a roll-up', () => {
  it('a province plan with the coordination matrix, an agglomeration, not a single kab/kota', () => {
    const province = doc('provinsi-jawa-tengah.rencana');
    expect(rollupKindOf(province)).toBe('province');
    expect(matrixSectionKey(province)).toBe('buku-2.koordinasi-kabkota.matriks-kabkota');
    expect(rollupKindOf(doc('kota-semarang.rencana'))).toBeUndefined();
    const raya = doc('kota-semarang.rencana', (p) => {
      p.meta.regions = [
        { code: '33.74', name: 'Kota Semarang' },
        { code: '33.22', name: 'Kabupaten Semarang' },
      ];
    });
    expect(rollupKindOf(raya)).toBe('agglomeration');
  });
});

describe('the edit a roll-up makes', () => {
  it('has one change per part that differs, and applying it gives the rolled-up plan', () => {
    const before = doc('provinsi-jawa-tengah.rencana').project;
    const after = structuredClone(before);
    const key = 'buku-2.koordinasi-kabkota.matriks-kabkota';
    after.sections[key] = {
      kind: 'table',
      rows: [{ id: 'kota-3374-GOV-01', cells: { name: 'Command Center Kota Semarang' } }],
    };
    const changes = changesBetween(before, after);
    expect(changes.map((c) => c.target)).toEqual([{ kind: 'section', key }]);
    expect(applyChanges(before, changes, 'after')).toEqual(after);
    expect(applyChanges(after, changes, 'before')).toEqual(before);
    expect(changesBetween(after, structuredClone(after))).toEqual([]);
  });
});

describe('autosave interval', () => {
  it('is 30 s unless the page address asks for another (never below 100 ms)', () => {
    expect(autosaveInterval('')).toBe(30_000);
    expect(autosaveInterval('?autosave-ms=500')).toBe(500);
    expect(autosaveInterval('?autosave-ms=5')).toBe(30_000);
    expect(autosaveInterval('?autosave-ms=abc')).toBe(30_000);
  });
});
