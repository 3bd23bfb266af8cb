/**
 * A filled plan for Kota Semarang built in code, for the layout tests (the shipped
 * sample plan is tested separately when present). Content is realistic but fictional.
 */
import { builtinTemplates } from '../../io/templates.ts';
import type { Project, SectionContent, TableRow } from '../../model/project.ts';
import type { RichText } from '../../model/richtext.ts';
import { planContext, type PlanContext } from '../../plan/context.ts';
import { createProject } from '../../project/create.ts';
import type { LoadedTemplate } from '../../template/types.ts';

/** A 4×2 px PNG (grey), enough to exercise figures. */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAADklEQVR4nGNoQAIMyBwAnBoMATyCc0QAAAAASUVORK5CYII=';

function text(...paragraphs: string[]): SectionContent {
  return {
    kind: 'richtext',
    doc: paragraphs.map((p) => ({ type: 'paragraph', children: [{ text: p }] })),
  };
}

function rich(doc: RichText): SectionContent {
  return { kind: 'richtext', doc };
}

function programme(
  code: string,
  name: string,
  dimension: string,
  element: string,
  owner: string,
  years: [number, number],
  yearlyCost: number,
  extra: Partial<TableRow['cells']> = {},
): TableRow {
  const costs: Record<string, number> = {};
  for (let y = years[0]; y <= years[1]; y++) costs[String(y)] = yearlyCost;
  return {
    id: code.toLowerCase(),
    cells: {
      code,
      name,
      dimension,
      element,
      ownerOpd: owner,
      supportingOpds: ['bappeda'],
      startYear: years[0],
      endYear: years[1],
      fundingSources: ['apbd', 'dak'],
      costs,
      output: `${name} beroperasi`,
      indicator: 'Persentase layanan terintegrasi',
      priority: 'tinggi',
      track: 'layanan',
      budgetCode: '2.16.03',
      ...extra,
    },
  };
}

const READINESS_SCORES: Record<string, number> = {
  'struktur-sdm': 3,
  'struktur-anggaran': 2,
  'struktur-tata-kelola': 3,
  'infrastruktur-fisik': 4,
  'infrastruktur-digital': 4,
  'infrastruktur-sosial': 3,
  'suprastruktur-regulasi': 3,
  'suprastruktur-kelembagaan': 2,
  'suprastruktur-tata-laksana': 3,
};

/** The Kota Semarang plan; `programmes` false leaves every programme table empty. */
export function kotaSemarangProject(template: LoadedTemplate, programmes = true): Project {
  const project = createProject({
    template,
    regionCodes: ['33.74'],
    period: { start: 2026, end: 2030 },
    date: '2026-11-22',
    team: [{ name: 'Tim Penyusun', role: 'Konsultan', organization: 'Diskominfo Kota Semarang' }],
  });
  project.assets['peta-semarang'] = {
    mime: 'image/png',
    data: TINY_PNG,
    width: 1200,
    height: 600,
    name: 'peta.png',
  };
  const s = project.sections;
  s['depan.pengesahan'] = {
    kind: 'fields',
    values: {
      regulationType: 'perwali',
      regulationNumber: '45',
      adoptedOn: '2026-11-22',
      signatoryName: 'Drs. Budi Santoso, M.Si.',
      signatoryTitle: 'Wali Kota Semarang',
    },
  };
  s['depan.kata-pengantar'] = text(
    'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Rencana Induk Smart City Kota Semarang 2026–2030.',
    'Dokumen ini menjadi pedoman transformasi digital seluruh perangkat daerah selama lima tahun ke depan.',
  );
  s['depan.ringkasan-eksekutif'] = rich([
    {
      type: 'paragraph',
      children: [
        { text: 'Rencana induk ini memuat ' },
        { text: 'lima program', bold: true },
        { text: ' pada enam dimensi smart city.' },
      ],
    },
    {
      type: 'bulleted-list',
      children: [
        {
          type: 'list-item',
          children: [
            {
              type: 'paragraph',
              children: [{ text: 'Smart Governance: layanan publik terpadu.' }],
            },
          ],
        },
        {
          type: 'list-item',
          children: [
            { type: 'paragraph', children: [{ text: 'Smart Living: transportasi terintegrasi.' }] },
          ],
        },
      ],
    },
  ]);
  s['buku-1.pendahuluan.latar-belakang'] = rich([
    {
      type: 'paragraph',
      children: [
        { text: 'Kota Semarang mengikuti Gerakan Menuju Smart City sejak 2017' },
        {
          type: 'footnote',
          note: 'Kementerian Komunikasi dan Informatika, 2017.',
          children: [{ text: '' }],
        },
        { text: '. Informasi lebih lanjut di ' },
        {
          type: 'link',
          url: 'https://semarangkota.go.id',
          children: [{ text: 'laman resmi', italic: true }],
        },
        { text: '.' },
      ],
    },
    { type: 'heading', level: 1, children: [{ text: 'Tantangan Pembangunan' }] },
    {
      type: 'paragraph',
      children: [
        { text: 'Urbanisasi, banjir rob, dan kemacetan menuntut layanan kota yang terhubung.' },
      ],
    },
  ]);
  s['buku-1.pendahuluan.maksud-tujuan'] = text(
    'Maksud penyusunan adalah menyediakan pedoman pembangunan kota cerdas.',
  );
  s['buku-1.pendahuluan.landasan-hukum'] = rich([
    {
      type: 'numbered-list',
      children: [
        {
          type: 'list-item',
          children: [
            {
              type: 'paragraph',
              children: [
                { text: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;' },
              ],
            },
            {
              type: 'bulleted-list',
              children: [
                {
                  type: 'list-item',
                  children: [{ type: 'paragraph', children: [{ text: 'beserta perubahannya.' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'list-item',
          children: [
            {
              type: 'paragraph',
              children: [{ text: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE.' }],
            },
          ],
        },
      ],
    },
  ]);
  s['buku-1.gambaran-umum.data-pokok'] = {
    kind: 'fields',
    values: {
      population: 1653524,
      areaKm2: 373.7,
      districts: 16,
      villages: 177,
      hdi: 84.43,
      economicGrowth: 5.79,
      spbeIndex: 3.42,
      apbdTotal: 5600000000000,
    },
  };
  s['buku-1.gambaran-umum.geografi'] = rich([
    {
      type: 'paragraph',
      children: [{ text: 'Kota Semarang terletak di pesisir utara Jawa Tengah.' }],
    },
    {
      type: 'image',
      assetId: 'peta-semarang',
      caption: 'Peta Administrasi Kota Semarang',
      children: [{ text: '' }],
    },
  ]);
  s['buku-1.kesiapan.penilaian-kesiapan'] = {
    kind: 'table',
    rows: Object.entries(READINESS_SCORES).map(([id, score]) => {
      const [pillar, ...part] = id.split('-');
      return {
        id,
        cells: {
          pillar: pillar!,
          part: part.join('-'),
          score,
          evidence: 'Dokumen dan wawancara OPD.',
        },
      };
    }),
  };
  s['buku-1.analisis-strategis.swot'] = {
    kind: 'table',
    rows: [
      {
        id: 's1',
        cells: {
          factor: 'kekuatan',
          description: 'Jaringan serat optik pemerintah menjangkau 16 kecamatan.',
        },
      },
      {
        id: 's2',
        cells: { factor: 'kelemahan', description: 'Integrasi data antar-OPD belum berjalan.' },
      },
    ],
  };
  const governance = 'buku-2.dimensi-governance';
  if (programmes) {
    s[`${governance}.pelayanan-publik.program`] = {
      kind: 'table',
      rows: [
        programme(
          'GOV-01',
          'Portal Layanan Publik Terpadu',
          'governance',
          'pelayanan-publik',
          'diskominfo',
          [2026, 2028],
          1250000000,
        ),
        programme(
          'GOV-02',
          'Mal Pelayanan Publik Digital',
          'governance',
          'pelayanan-publik',
          'dpmptsp',
          [2027, 2030],
          750000000,
        ),
      ],
    };
    s[`${governance}.manajemen-birokrasi.program`] = {
      kind: 'table',
      rows: [
        programme(
          'GOV-03',
          'Sistem Kepegawaian Terintegrasi',
          'governance',
          'manajemen-birokrasi',
          'bkpsdm',
          [2026, 2027],
          500000000,
          { track: 'tata-kelola' },
        ),
      ],
    };
    s['buku-2.dimensi-living.transportasi.program'] = {
      kind: 'table',
      rows: [
        programme(
          'LIV-01',
          'Sistem Transportasi Cerdas',
          'living',
          'transportasi',
          'dishub',
          [2027, 2030],
          2000000000,
          { track: 'infrastruktur' },
        ),
      ],
    };
    s['buku-2.dimensi-environment.sampah-limbah.program'] = {
      kind: 'table',
      rows: [
        programme(
          'ENV-01',
          'Bank Sampah Digital',
          'environment',
          'sampah-limbah',
          'dlh',
          [2026, 2026],
          300000000,
        ),
      ],
    };
  }
  s[`${governance}.pelayanan-publik.kondisi`] = text(
    'Mal Pelayanan Publik melayani 212 jenis layanan; 38% dapat diajukan daring.',
  );
  s['buku-2.pembiayaan.rekap-pembiayaan'] = {
    kind: 'table',
    rows: [
      { id: 'f1', cells: { source: 'apbd', amounts: { '2026': 1500000000, '2027': 3000000000 } } },
      { id: 'f2', cells: { source: 'dak', amounts: { '2026': 550000000, '2028': 1250000000 } } },
    ],
  };
  s['buku-3.quick-wins.daftar-quick-win'] = {
    kind: 'table',
    rows: [
      {
        id: 'qw1',
        cells: {
          code: 'QW-01',
          name: 'Layanan Adminduk Daring di Kelurahan',
          dimension: 'governance',
          element: 'pelayanan-publik',
          ownerOpd: 'disdukcapil',
          year: 2026,
          cost: 450000000,
          output: 'Layanan adminduk daring di 177 kelurahan',
        },
      },
    ],
  };
  s['lampiran.regulasi'] = text('Peraturan Wali Kota Semarang Nomor 12 Tahun 2025 tentang SPBE.');
  return project;
}

/** The kab/kota template pack. */
export function kabkotaTemplate(): LoadedTemplate {
  const template = builtinTemplates().get('kabkota');
  if (!template) throw new Error('paket kabkota tidak ditemukan');
  return template;
}

/** The plan joined to its template. */
export function kotaSemarangContext(programmes = true): PlanContext {
  const template = kabkotaTemplate();
  return planContext(kotaSemarangProject(template, programmes), template);
}
