import { describe, expect, it } from 'vitest';
import {
  FINANCING,
  GOVERNANCE_PROGRAMMES,
  QUICK_WINS,
  READINESS,
  sampleContext,
  sampleProject,
  tableRows,
} from '../../../tests/fixtures/sample.ts';
import type { Project } from '../model/project.ts';
import { planCompleteness, validatePlan, validateSection, type Finding } from './index.ts';

function findingsAfter(change: (project: Project) => void): Finding[] {
  const project = sampleProject();
  change(project);
  return validatePlan(sampleContext(project));
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

const firstProgramme = (project: Project) => tableRows(project, GOVERNANCE_PROGRAMMES)[0]!;

describe('the sample plan', () => {
  it('validates with no errors', () => {
    const errors = validatePlan(sampleContext()).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('is complete and realistic in size', () => {
    const ctx = sampleContext();
    expect(planCompleteness(ctx).overall).toBe(1);
    const programmes = ctx.outline.sections
      .filter((s) => s.def.table === 'programme')
      .flatMap((s) => tableRows(ctx.project, s.key));
    expect(programmes.length).toBeGreaterThanOrEqual(30);
    expect(tableRows(ctx.project, QUICK_WINS).length).toBeGreaterThanOrEqual(12);
  });
});

describe('schema findings carry a code and a location a person understands', () => {
  it('a missing programme name', () => {
    const [finding] = only(
      findingsAfter((p) => delete firstProgramme(p).cells.name),
      'schema.required',
    );
    expect(finding).toMatchObject({
      severity: 'error',
      message: 'Nama Program wajib diisi.',
      where:
        'Buku II › BAB II Smart Governance › Pelayanan Publik › Program Pelayanan Publik, baris 1, kolom Nama Program',
      path: `/sections/${GOVERNANCE_PROGRAMMES}/rows/0/cells/name`,
      target: { sectionKey: GOVERNANCE_PROGRAMMES, rowIndex: 0, column: 'name' },
    });
  });

  it('a budget code outside the Permendagri 90/2019 pattern', () => {
    const [finding] = only(
      findingsAfter((p) => (firstProgramme(p).cells.budgetCode = '216-03')),
      'schema.pattern',
    );
    expect(finding?.message).toContain('2.16.03');
    expect(finding?.where).toContain('kolom Kode Program Permendagri 90/2019');
  });

  it('a negative cost, a score outside 1–5 and an unknown funding source', () => {
    const findings = findingsAfter((p) => {
      firstProgramme(p).cells.costs = { '2026': -5 };
      tableRows(p, READINESS)[0]!.cells.score = 7;
      firstProgramme(p).cells.fundingSources = ['apbd', 'pinjaman-luar-negeri'];
    });
    expect(only(findings, 'schema.minimum')[0]?.where).toContain(
      'kolom Perkiraan Biaya per Tahun, tahun 2026',
    );
    expect(only(findings, 'schema.maximum')[0]?.where).toContain(
      'Hasil Penilaian Kesiapan, baris 1, kolom Skor (1–5)',
    );
    expect(only(findings, 'schema.enum')[0]?.message).toContain('pinjaman-luar-negeri');
  });

  it('a required section left empty', () => {
    const [finding] = only(
      findingsAfter(
        (p) =>
          (p.sections['buku-1.pendahuluan.latar-belakang'] = {
            kind: 'richtext',
            doc: [{ type: 'paragraph', children: [{ text: '  ' }] }],
          }),
      ),
      'section.empty',
    );
    expect(finding?.where).toBe('Buku I › BAB I Pendahuluan › Latar Belakang');
  });

  it('content of the wrong kind', () => {
    const findings = findingsAfter(
      (p) => (p.sections[GOVERNANCE_PROGRAMMES] = { kind: 'richtext', doc: [] }),
    );
    expect(only(findings, 'section.kind')).toHaveLength(1);
  });
});

describe('cross-field rules', () => {
  it('programme years inside the plan period', () => {
    const [finding] = only(
      findingsAfter((p) => (firstProgramme(p).cells.startYear = 2024)),
      'programme.year-outside-period',
    );
    expect(finding?.message).toBe('Tahun 2024 di luar periode rencana 2026–2030.');
    expect(finding?.where).toMatch(/Program Pelayanan Publik, baris 1, kolom Tahun Mulai$/);
  });

  it('end year not before start year', () => {
    const findings = findingsAfter((p) => {
      firstProgramme(p).cells.startYear = 2029;
      firstProgramme(p).cells.endYear = 2027;
    });
    expect(only(findings, 'programme.year-order')).toHaveLength(1);
  });

  it('owner and supporting OPD in the project OPD list', () => {
    const findings = findingsAfter((p) => {
      firstProgramme(p).cells.ownerOpd = 'dinas-antah-berantah';
      firstProgramme(p).cells.supportingOpds = ['bappeda', 'badan-fiktif'];
    });
    const opd = only(findings, 'programme.opd-unknown');
    expect(opd.map((f) => f.target.column)).toEqual(['ownerOpd', 'supportingOpds']);
    expect(opd[0]?.message).toContain('dinas-antah-berantah');
  });

  it('element belongs to its dimension', () => {
    const [finding] = only(
      findingsAfter((p) => (firstProgramme(p).cells.element = 'kesehatan')),
      'programme.element-dimension',
    );
    expect(finding?.message).toBe(
      'Elemen "Prasarana Kesehatan" bukan bagian dari dimensi Smart Governance.',
    );
  });

  it('programme recorded under another element than its table (warning)', () => {
    const [finding] = only(
      findingsAfter((p) => (firstProgramme(p).cells.element = 'manajemen-birokrasi')),
      'programme.row-location',
    );
    expect(finding?.severity).toBe('warning');
  });

  it('programme codes unique across the plan', () => {
    const findings = findingsAfter((p) => {
      const rows = tableRows(p, GOVERNANCE_PROGRAMMES);
      rows[1]!.cells.code = rows[0]!.cells.code!;
    });
    const [finding] = only(findings, 'programme.code-duplicate');
    expect(finding?.where).toContain('baris 2, kolom Kode');
    expect(finding?.message).toContain('baris 1');
  });

  it('a target for every year the programme runs in the period', () => {
    const findings = findingsAfter((p) => {
      const row = firstProgramme(p);
      const targets = { ...(row.cells.targets as Record<string, string>) };
      delete targets[String(row.cells.startYear)];
      row.cells.targets = targets;
    });
    const [finding] = only(findings, 'programme.target-missing');
    expect(finding?.where).toMatch(/kolom Target per Tahun, tahun 20\d\d$/);
  });

  it('no cost in a year the programme does not run', () => {
    const findings = findingsAfter((p) => {
      const row = firstProgramme(p);
      row.cells.startYear = 2027;
      row.cells.endYear = 2027;
      row.cells.costs = { '2027': 1_000_000_000, '2030': 500_000_000 };
      row.cells.targets = { '2027': '100%' };
    });
    expect(only(findings, 'programme.cost-outside-years')[0]?.message).toContain('tahun 2030');
  });

  it('financing totals equal programme costs per year', () => {
    const findings = findingsAfter((p) => {
      const row = tableRows(p, FINANCING)[0]!;
      const amounts = row.cells.amounts as Record<string, number>;
      row.cells.amounts = { ...amounts, '2027': (amounts['2027'] ?? 0) + 250_000_000 };
    });
    const [finding] = only(findings, 'financing.total-mismatch');
    expect(finding?.message).toMatch(
      /^Total rencana pembiayaan tahun 2027 \(Rp[\d.]+\) tidak sama dengan jumlah biaya program tahun itu \(Rp[\d.]+\)\.$/,
    );
  });

  it('every dimension has a programme and Buku III a quick win per dimension', () => {
    const findings = findingsAfter((p) => {
      for (const key of Object.keys(p.sections))
        if (key.startsWith('buku-2.dimensi-environment.') && key.endsWith('.program'))
          tableRows(p, key).length = 0;
      const quickWins = tableRows(p, QUICK_WINS);
      const kept = quickWins.filter((q) => q.cells.dimension !== 'branding');
      quickWins.length = 0;
      quickWins.push(...kept.filter((q) => q.cells.dimension !== 'environment'));
    });
    expect(only(findings, 'plan.dimension-no-programme').map((f) => f.message)).toEqual([
      'Dimensi Smart Environment belum memiliki program.',
    ]);
    expect(only(findings, 'plan.dimension-no-quickwin').map((f) => f.message)).toEqual([
      'Buku III belum memiliki quick win untuk dimensi Smart Branding.',
      'Buku III belum memiliki quick win untuk dimensi Smart Environment.',
    ]);
  });

  it('a quick win points to a programme that exists', () => {
    const findings = findingsAfter(
      (p) => (tableRows(p, QUICK_WINS)[0]!.cells.programCode = 'GOV-99'),
    );
    expect(only(findings, 'quickwin.programme-missing')[0]?.message).toContain('GOV-99');
  });

  it('warns when every programme relies on the APBD alone', () => {
    const findings = findingsAfter((p) => {
      for (const [key, content] of Object.entries(p.sections))
        if (key.endsWith('.program') && content.kind === 'table')
          for (const row of content.rows) row.cells.fundingSources = ['apbd'];
    });
    expect(only(findings, 'financing.apbd-only')[0]?.severity).toBe('warning');
  });

  it('readiness lists each part once', () => {
    const findings = findingsAfter((p) => {
      const rows = tableRows(p, READINESS);
      rows[1]!.cells.part = rows[0]!.cells.part!;
    });
    expect(only(findings, 'readiness.parts').map((f) => f.message)).toEqual([
      'Aspek kesiapan Anggaran belum ada dalam tabel penilaian.',
      'Aspek kesiapan Sumber Daya Manusia tercantum lebih dari sekali.',
    ]);
  });

  it('project details: period order and length, known regions', () => {
    const findings = findingsAfter((p) => {
      p.meta.period = { start: 2026, end: 2032 };
      p.meta.regions = [{ code: '35.99', name: 'Kabupaten Tidak Ada' }];
    });
    expect(only(findings, 'meta.period-length')[0]).toMatchObject({
      severity: 'warning',
      where: 'Identitas Proyek › Periode',
    });
    expect(only(findings, 'meta.details')[0]?.message).toContain('35.99');
  });

  it('speaks English when asked', () => {
    const project = sampleProject();
    firstProgramme(project).cells.startYear = 2024;
    const [finding] = only(
      validatePlan(sampleContext(project), { lang: 'en' }),
      'programme.year-outside-period',
    );
    expect(finding?.message).toBe('Year 2024 is outside the plan period 2026–2030.');
    expect(finding?.where).toContain('row 1, column Tahun Mulai');
  });
});

describe('validating one section (what runs on a keystroke)', () => {
  it('reports the section content and its row rules only', () => {
    const project = sampleProject();
    firstProgramme(project).cells.startYear = 2024;
    project.sections['buku-1.pendahuluan.latar-belakang'] = { kind: 'richtext', doc: [] };
    const findings = validateSection(sampleContext(project), GOVERNANCE_PROGRAMMES);
    expect(findings.map((f) => f.code)).toEqual(['programme.year-outside-period']);
  });
});

describe('completeness', () => {
  it('drops for the dimension whose sections are emptied', () => {
    const project = sampleProject();
    for (const key of Object.keys(project.sections))
      if (key.startsWith('buku-2.dimensi-living.') && key.endsWith('.kondisi'))
        project.sections[key] = {
          kind: 'richtext',
          doc: [{ type: 'paragraph', children: [{ text: '' }] }],
        };
    const completeness = planCompleteness(sampleContext(project));
    expect(completeness.byDimension.living).toBeLessThan(1);
    expect(completeness.byDimension.governance).toBe(1);
    expect(completeness.overall).toBeLessThan(1);
    expect(completeness.bySection['buku-2.dimensi-living.kesehatan.kondisi']).toBe(0);
  });
});
