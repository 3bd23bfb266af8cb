/**
 * A small but complete layout model for the DOCX tests: cover, front matter with
 * the three lists, two chapters with sections, a nested list, a footnote, a link,
 * a figure, a landscape programme matrix and roadmap, and an annex.
 */
import { Resvg } from '@resvg/resvg-js';
import type {
  Block,
  HeadingBlock,
  ImageData,
  LayoutDocument,
  PageSection,
  Run,
  TableCell,
  TocEntry,
} from '../../layout/model.ts';

/** The six dimensions, which every plan names. */
export const DIMENSIONS = [
  'Smart Governance',
  'Smart Branding',
  'Smart Economy',
  'Smart Living',
  'Smart Society',
  'Smart Environment',
];

/** A PNG drawn from SVG, as the layout's charts are. */
export function pngFromSvg(svg: string): ImageData {
  const rendered = new Resvg(svg).render();
  return {
    mime: 'image/png',
    data: new Uint8Array(rendered.asPng()),
    widthPx: rendered.width,
    heightPx: rendered.height,
  };
}

function barChart(): ImageData {
  const bars = [3.1, 2.4, 2.8, 3.5, 2.2, 1.9]
    .map(
      (v, i) =>
        `<rect x="${40 + i * 90}" y="${300 - v * 70}" width="60" height="${v * 70}" fill="#2F5597"/>`,
    )
    .join('');
  return pngFromSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="320"><rect width="600" height="320" fill="#fff"/>${bars}<line x1="30" y1="300" x2="590" y2="300" stroke="#000"/></svg>`,
  );
}

function logo(): ImageData {
  return pngFromSvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="240"><path d="M10 10 H190 V150 L100 230 L10 150 Z" fill="#1F6E43" stroke="#C9A227" stroke-width="8"/></svg>',
  );
}

const text = (t: string): Run[] => [{ text: t }];

const body = (...runs: Run[]): Block => ({ kind: 'paragraph', style: 'body', runs });

let anchorCount = 0;

function heading(
  role: HeadingBlock['role'],
  number: string,
  title: string,
  extra: Partial<HeadingBlock> = {},
): HeadingBlock {
  anchorCount++;
  const depth = {
    front: 0,
    book: 0,
    chapter: 0,
    annex: 0,
    section: 1,
    subsection: 2,
    subsubsection: 3,
  }[role];
  return {
    kind: 'heading',
    role,
    number,
    text: title,
    anchor: `h_${String(anchorCount).padStart(4, '0')}`,
    depth,
    pageBreakBefore: role === 'chapter' || role === 'annex' || role === 'front',
    toc: role !== 'subsubsection',
    ...extra,
  };
}

const LOREM =
  'Transformasi digital pemerintahan daerah menuntut keterpaduan layanan, data, dan infrastruktur. ' +
  'Rencana induk ini menjadi acuan bagi seluruh perangkat daerah dalam menyusun program dan kegiatan ' +
  'yang selaras dengan RPJMD Kabupaten Banyuwangi Tahun 2026–2030.';

const header = (...labels: string[]): TableCell[] =>
  labels.map((label) => ({
    runs: [{ text: label, bold: true }],
    align: 'center',
    shade: 'header',
  }));

function matrixTable(): Block {
  const row = (code: string, name: string, opd: string, cost: string): TableCell[] => [
    { runs: text(code) },
    { runs: text(name) },
    { runs: text(opd) },
    { runs: text('2026–2028'), align: 'center' },
    { runs: text(cost), align: 'right' },
  ];
  return {
    kind: 'table',
    caption: { label: 'Tabel 2.1', text: 'Matriks Program Smart Governance', anchor: 'tbl_0001' },
    columns: [{ width: 1 }, { width: 4 }, { width: 2 }, { width: 1.2 }, { width: 1.8 }],
    header: [header('Kode', 'Program', 'OPD Penanggung Jawab', 'Tahun', 'Biaya (Rp)')],
    body: [
      [{ runs: [{ text: 'Smart Governance', bold: true }], colSpan: 5, shade: 'group' }],
      row(
        'SG-01',
        'Pengembangan Layanan Publik Terpadu Berbasis Elektronik',
        'Diskominfo',
        'Rp1.250.000.000',
      ),
      row('SG-02', 'Satu Data Banyuwangi', 'Bappeda', 'Rp750.000.000'),
      row('SG-03', 'Integrasi Sistem Perencanaan dan Penganggaran', 'BPKAD', 'Rp2.100.000.000'),
      [
        {
          runs: [{ text: 'Subtotal Smart Governance', bold: true }],
          colSpan: 4,
          shade: 'subtotal',
        },
        { runs: [{ text: 'Rp4.100.000.000', bold: true }], align: 'right', shade: 'subtotal' },
      ],
      [
        { runs: [{ text: 'Total', bold: true }], colSpan: 4, shade: 'total' },
        { runs: [{ text: 'Rp4.100.000.000', bold: true }], align: 'right', shade: 'total' },
      ],
    ],
    fontPt: 8,
    source: 'Sumber: Hasil analisis, 2026',
  };
}

function roadmapTable(): Block {
  const years = ['2026', '2027', '2028', '2029', '2030'];
  const row = (name: string, active: string[]): TableCell[] => [
    { runs: text(name) },
    ...years.map((y): TableCell =>
      active.includes(y) ? { runs: [], shade: 'active' } : { runs: [] },
    ),
  ];
  return {
    kind: 'table',
    caption: {
      label: 'Tabel 2.2',
      text: 'Peta Jalan Program Smart Governance',
      anchor: 'tbl_0002',
    },
    columns: [{ width: 5 }, ...years.map(() => ({ width: 1 }))],
    header: [header('Program', ...years)],
    body: [
      [{ runs: [{ text: 'Smart Governance', bold: true }], colSpan: 6, shade: 'group' }],
      row('Layanan Publik Terpadu', ['2026', '2027', '2028']),
      row('Satu Data Banyuwangi', ['2027', '2028', '2029', '2030']),
    ],
    fontPt: 8,
  };
}

function readinessTable(): Block {
  return {
    kind: 'table',
    caption: { label: 'Tabel 3.1', text: 'Skor Kesiapan per Dimensi', anchor: 'tbl_0003' },
    columns: [{ width: 3 }, { width: 1 }],
    fontPt: 10,
    header: [header('Dimensi', 'Skor')],
    body: DIMENSIONS.map((name, i) => [
      { runs: text(name) },
      { runs: text(['3,10', '2,40', '2,80', '3,50', '2,20', '1,90'][i] ?? ''), align: 'center' },
    ]),
  };
}

/** Headings in reading order, for the TOC and for the tests. */
export const HEADINGS = {
  kataPengantar: heading('front', '', 'KATA PENGANTAR'),
  bab1: heading('chapter', 'BAB I', 'PENDAHULUAN', { restartNumbering: true }),
  latar: heading('section', '1.1', 'Latar Belakang'),
  maksud: heading('section', '1.2', 'Maksud dan Tujuan'),
  maksudSub: heading('subsection', '1.2.1', 'Maksud'),
  tujuanSub: heading('subsection', '1.2.2', 'Tujuan'),
  rinci: heading('subsubsection', '1.2.2.1', 'Tujuan Khusus'),
  bab2: heading('chapter', 'BAB II', 'SMART GOVERNANCE'),
  kondisi: heading('section', '2.1', 'Kondisi Saat Ini'),
  program: heading('section', '2.2', 'Program dan Peta Jalan'),
  bab3: heading('chapter', 'BAB III', 'DIMENSI SMART CITY'),
  dimensi: heading('section', '3.1', 'Enam Dimensi'),
  lampiran: heading('annex', 'LAMPIRAN 1', 'MATRIKS PROGRAM'),
};

const FIGURE_CAPTION = {
  label: 'Gambar 2.1',
  text: 'Skor Kesiapan per Dimensi',
  anchor: 'fig_0001',
};

function tocEntry(h: HeadingBlock, page: string): TocEntry {
  const level = {
    front: 1,
    book: 0,
    chapter: 1,
    annex: 1,
    section: 2,
    subsection: 3,
    subsubsection: 4,
  }[h.role];
  return { level, number: h.number, text: h.text, anchor: h.anchor, pageEstimate: page };
}

function contents(): Block {
  const H = HEADINGS;
  return {
    kind: 'toc',
    which: 'contents',
    title: 'DAFTAR ISI',
    entries: [
      tocEntry(H.kataPengantar, 'i'),
      { level: 1, number: '', text: 'DAFTAR TABEL', anchor: 'toc_tables', pageEstimate: 'iii' },
      { level: 1, number: '', text: 'DAFTAR GAMBAR', anchor: 'toc_figures', pageEstimate: 'iv' },
      tocEntry(H.bab1, '1'),
      tocEntry(H.latar, '1'),
      tocEntry(H.maksud, '2'),
      tocEntry(H.maksudSub, '2'),
      tocEntry(H.tujuanSub, '2'),
      tocEntry(H.bab2, '3'),
      tocEntry(H.kondisi, '3'),
      tocEntry(H.program, '4'),
      tocEntry(H.bab3, '6'),
      tocEntry(H.dimensi, '6'),
      tocEntry(H.lampiran, '7'),
    ],
  };
}

const pageBreak: Block = { kind: 'page-break' };

function section(blocks: Block[], extra: Partial<PageSection> = {}): PageSection {
  return {
    orientation: 'portrait',
    numbering: 'arabic',
    restartNumbering: false,
    headerFooter: true,
    blocks,
    ...extra,
  };
}

/** The fixture document. */
export function fixtureDocument(): LayoutDocument {
  const H = HEADINGS;
  return {
    metadata: {
      title: 'Rencana Induk (Masterplan) Smart City Kabupaten Banyuwangi 2026–2030',
      subject: 'Masterplan Smart City',
      author: 'Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi',
      keywords: ['smart city', 'masterplan', 'Banyuwangi'],
      language: 'id-ID',
      created: '2026-11-22T08:00:00.000Z',
    },
    profile: {
      font: 'Arial',
      fontSizePt: 12,
      lineSpacing: 1.5,
      marginsMm: { top: 30, bottom: 30, left: 40, right: 30 },
    },
    headerText: 'Masterplan Smart City Kabupaten Banyuwangi 2026–2030',
    fileBaseName: 'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030',
    sections: [
      section(
        [
          {
            kind: 'cover',
            documentTitle: 'RENCANA INDUK (MASTERPLAN) SMART CITY',
            regionLines: ['KABUPATEN BANYUWANGI'],
            bookLine: '',
            period: '2026–2030',
            year: '2026',
            issuer: 'PEMERINTAH KABUPATEN BANYUWANGI',
            logo: logo(),
            watermark: 'CONTOH',
          },
        ],
        { numbering: 'none', headerFooter: false },
      ),
      section(
        [
          { ...H.kataPengantar, pageBreakBefore: false },
          body(...text(LOREM)),
          body(...text('Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa.')),
          {
            kind: 'signature',
            place: 'Banyuwangi, 22 November 2026',
            date: '',
            title: 'BUPATI BANYUWANGI,',
            name: 'NAMA BUPATI',
          },
          pageBreak,
          contents(),
          pageBreak,
          {
            kind: 'toc',
            which: 'tables',
            title: 'DAFTAR TABEL',
            entries: [
              {
                level: 1,
                number: 'Tabel 2.1',
                text: 'Matriks Program Smart Governance',
                anchor: 'tbl_0001',
                pageEstimate: '5',
              },
              {
                level: 1,
                number: 'Tabel 2.2',
                text: 'Peta Jalan Program Smart Governance',
                anchor: 'tbl_0002',
                pageEstimate: '5',
              },
              {
                level: 1,
                number: 'Tabel 3.1',
                text: 'Skor Kesiapan per Dimensi',
                anchor: 'tbl_0003',
                pageEstimate: '6',
              },
            ],
          },
          pageBreak,
          {
            kind: 'toc',
            which: 'figures',
            title: 'DAFTAR GAMBAR',
            entries: [
              {
                level: 1,
                number: 'Gambar 2.1',
                text: 'Skor Kesiapan per Dimensi',
                anchor: 'fig_0001',
                pageEstimate: '3',
              },
            ],
          },
        ],
        { numbering: 'roman', restartNumbering: true },
      ),
      section(
        [
          H.bab1,
          H.latar,
          body(
            { text: 'Kabupaten Banyuwangi telah menerapkan ' },
            { text: 'Smart Kampung', bold: true },
            { text: ' sejak 2016' },
            { text: '', footnote: 'Peraturan Bupati Banyuwangi tentang Smart Kampung.' },
            { text: ', dengan ' },
            { text: 'inovasi', italic: true },
            { text: ' dan ' },
            { text: 'kolaborasi', underline: true },
            { text: '. Informasi lebih lanjut di ' },
            { text: 'banyuwangikab.go.id', link: 'https://www.banyuwangikab.go.id' },
            { text: '.' },
          ),
          body(...text(LOREM)),
          H.maksud,
          H.maksudSub,
          {
            kind: 'list',
            ordered: true,
            items: [
              {
                runs: text('Meningkatkan kualitas layanan publik;'),
                children: {
                  kind: 'list',
                  ordered: false,
                  items: [
                    { runs: text('layanan perizinan daring;') },
                    { runs: text('layanan kependudukan.') },
                  ],
                },
              },
              { runs: text('Mewujudkan tata kelola data yang terpadu;') },
              { runs: text('Mendorong ekonomi digital daerah.') },
            ],
          },
          H.tujuanSub,
          body(...text(LOREM)),
          H.rinci,
          {
            kind: 'list',
            ordered: true,
            items: [
              { runs: text('Tujuan khusus pertama.') },
              { runs: text('Tujuan khusus kedua.') },
            ],
          },
          H.bab2,
          H.kondisi,
          body(...text(LOREM)),
          { kind: 'figure', image: barChart(), widthFraction: 0.8, caption: FIGURE_CAPTION },
          H.program,
          body(...text('Matriks program dan peta jalan disajikan pada halaman berikut.')),
        ],
        { restartNumbering: true },
      ),
      section([matrixTable(), roadmapTable()], { orientation: 'landscape' }),
      section([
        H.bab3,
        H.dimensi,
        body(...text(`Enam dimensi smart city: ${DIMENSIONS.join(', ')}.`)),
        readinessTable(),
        H.lampiran,
        body(...text('Matriks program lengkap terlampir.')),
      ]),
    ],
  };
}
