/**
 * A LayoutDocument built by hand for the PDF tests: cover with watermark, front
 * matter with the three lists, BAB I with 1.1 / 1.1.1, rich text, footnotes and
 * nested lists, a figure, a landscape programme matrix that spans two pages, and
 * a closing chapter. Content is realistic but fictional.
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
import { fontFile } from './fonts.ts';

const PARAGRAPHS = [
  'Kabupaten Contoh telah lama dikenal sebagai daerah yang inovatif dalam pelayanan publik. Berbagai inovasi, seperti layanan administrasi kependudukan jemput bola, mal pelayanan publik, dan kanal pengaduan terpadu, telah memperoleh pengakuan nasional dan menjadi rujukan bagi daerah lain di Provinsi Jawa Timur.',
  'Keberhasilan tersebut membawa tantangan baru. Inovasi yang lahir di banyak perangkat daerah belum sepenuhnya terintegrasi: aplikasi tersebar, data belum mengalir antarsistem, dan kinerja layanan digital belum diukur secara seragam. Periode 2026–2030 bertepatan dengan pelaksanaan RPJMD, sehingga rencana induk ini disusun selaras dengan sasaran pembangunan daerah.',
  'Tantangan pembangunan daerah juga semakin kompleks. Sektor pertanian dan perikanan yang menjadi sumber penghidupan sebagian besar warga menghadapi ketidakpastian cuaca dan harga, sementara pariwisata yang tumbuh pesat perlu dikelola agar daya dukung lingkungan terjaga dan manfaatnya menyebar ke desa-desa.',
];

function runs(text: string): Run[] {
  return [{ text }];
}

function para(text: string): Block {
  return { kind: 'paragraph', style: 'body', runs: runs(text) };
}

function heading(
  role: HeadingBlock['role'],
  number: string,
  text: string,
  anchor: string,
  depth: number,
): HeadingBlock {
  const pageBreakBefore = role === 'chapter' || role === 'front' || role === 'annex';
  return { kind: 'heading', role, number, text, anchor, depth, pageBreakBefore, toc: true };
}

/** A small bar chart drawn with the shipped font, as the layout draws its charts. */
function chartPng(): ImageData {
  const bars = [3, 2, 4, 3, 4]
    .map(
      (v, i) =>
        `<rect x="${40 + i * 70}" y="${200 - v * 40}" width="40" height="${v * 40}" fill="#2F5597"/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="240"><rect width="420" height="240" fill="#fff"/>${bars}<text x="210" y="230" font-family="Liberation Sans" font-size="14" text-anchor="middle">Skor kesiapan (skala 1–5)</text></svg>`;
  const rendered = new Resvg(svg, {
    font: {
      fontFiles: [fontFile('Liberation Sans')],
      loadSystemFonts: false,
      defaultFontFamily: 'Liberation Sans',
    },
  }).render();
  return {
    mime: 'image/png',
    data: rendered.asPng(),
    widthPx: rendered.width,
    heightPx: rendered.height,
  };
}

function cell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { runs: runs(text), ...extra };
}

const ELEMENTS = [
  'Pelayanan Publik',
  'Manajemen Birokrasi yang Efisien',
  'Efisiensi Kebijakan Publik',
];

function programmeRows(): TableCell[][] {
  const rows: TableCell[][] = [];
  ELEMENTS.forEach((element, e) => {
    rows.push([cell(element, { colSpan: 6, shade: 'group' })]);
    for (let i = 1; i <= 9; i++) {
      const code = `GOV-${e + 1}${i}`;
      rows.push([
        cell(code),
        cell(
          `Program ${element.toLowerCase()} tahap ${i}: integrasi layanan dan data lintas perangkat daerah`,
        ),
        cell(i % 2 ? 'Diskominfo' : 'Bappeda'),
        cell(`${2026 + (i % 3)}–2030`, { align: 'center' }),
        cell(`Rp${(i * 125).toString()}.000.000`, { align: 'right' }),
        cell('Persentase layanan yang terintegrasi dengan sistem penghubung layanan'),
      ]);
    }
  });
  rows.push([
    cell('Jumlah', { colSpan: 4, shade: 'total' }),
    cell('Rp16.875.000.000', { align: 'right', shade: 'total' }),
    cell('', { shade: 'total' }),
  ]);
  return rows;
}

const H = {
  kataPengantar: heading('front', '', 'KATA PENGANTAR', 'kata-pengantar', 0),
  bab1: heading('chapter', 'BAB I', 'PENDAHULUAN', 'bab-1', 0),
  latar: heading('section', '1.1', 'Latar Belakang', 'bab-1-1', 1),
  kondisi: heading('subsection', '1.1.1', 'Kondisi Umum Daerah', 'bab-1-1-1', 2),
  maksud: heading('section', '1.2', 'Maksud dan Tujuan', 'bab-1-2', 1),
  bab2: heading('chapter', 'BAB II', 'SMART GOVERNANCE', 'bab-2', 0),
  gambaran: heading('section', '2.1', 'Gambaran Umum Smart Governance', 'bab-2-1', 1),
  program: heading('section', '2.2', 'Matriks Program', 'bab-2-2', 1),
  bab3: heading('chapter', 'BAB III', 'PENUTUP', 'bab-3', 0),
  kesimpulan: heading('section', '3.1', 'Kesimpulan', 'bab-3-1', 1),
};

function tocEntry(h: HeadingBlock): TocEntry {
  return {
    level: h.depth + 1,
    number: h.number,
    text: h.text,
    anchor: h.anchor,
    pageEstimate: '1',
  };
}

const TABLE_CAPTION = {
  label: 'Tabel 2.1',
  text: 'Matriks Program Smart Governance',
  anchor: 'tabel-2-1',
};
const FIGURE_CAPTION = {
  label: 'Gambar 2.1',
  text: 'Hasil Penilaian Kesiapan Daerah',
  anchor: 'gambar-2-1',
};

function sections(): PageSection[] {
  const cover: PageSection = {
    orientation: 'portrait',
    numbering: 'none',
    restartNumbering: false,
    headerFooter: false,
    blocks: [
      {
        kind: 'cover',
        documentTitle: 'RENCANA INDUK (MASTERPLAN) SMART CITY',
        regionLines: ['KABUPATEN CONTOH'],
        bookLine: 'BUKU II MASTERPLAN',
        period: '2026–2030',
        year: '2026',
        issuer: 'PEMERINTAH KABUPATEN CONTOH',
        watermark: 'CONTOH',
      },
    ],
  };
  const front: PageSection = {
    orientation: 'portrait',
    numbering: 'roman',
    restartNumbering: true,
    headerFooter: true,
    blocks: [
      H.kataPengantar,
      para(PARAGRAPHS[0] ?? ''),
      para(PARAGRAPHS[1] ?? ''),
      { kind: 'page-break' },
      {
        kind: 'toc',
        which: 'contents',
        title: 'DAFTAR ISI',
        entries: [
          tocEntry(H.kataPengantar),
          ...[
            H.bab1,
            H.latar,
            H.kondisi,
            H.maksud,
            H.bab2,
            H.gambaran,
            H.program,
            H.bab3,
            H.kesimpulan,
          ].map(tocEntry),
        ],
      },
      { kind: 'page-break' },
      {
        kind: 'toc',
        which: 'tables',
        title: 'DAFTAR TABEL',
        entries: [
          {
            level: 1,
            number: TABLE_CAPTION.label,
            text: TABLE_CAPTION.text,
            anchor: TABLE_CAPTION.anchor,
            pageEstimate: '1',
          },
        ],
      },
      { kind: 'page-break' },
      {
        kind: 'toc',
        which: 'figures',
        title: 'DAFTAR GAMBAR',
        entries: [
          {
            level: 1,
            number: FIGURE_CAPTION.label,
            text: FIGURE_CAPTION.text,
            anchor: FIGURE_CAPTION.anchor,
            pageEstimate: '1',
          },
        ],
      },
    ],
  };
  const body: PageSection = {
    orientation: 'portrait',
    numbering: 'arabic',
    restartNumbering: true,
    headerFooter: true,
    blocks: [
      H.bab1,
      H.latar,
      {
        kind: 'paragraph',
        style: 'body',
        runs: [
          { text: 'Rencana induk ini disusun mengikuti ' },
          { text: 'Gerakan Menuju Smart City', italic: true },
          { text: ' yang diinisiasi pemerintah pusat', bold: true },
          {
            text: '',
            footnote:
              'Kementerian Komunikasi dan Informatika, Pedoman Gerakan Menuju Smart City, 2017.',
          },
          { text: ' dan mengacu pada ' },
          {
            text: 'Peraturan Presiden Nomor 95 Tahun 2018',
            underline: true,
            link: 'https://peraturan.go.id/id/perpres-no-95-tahun-2018',
          },
          { text: ' tentang Sistem Pemerintahan Berbasis Elektronik.' },
        ],
      },
      ...PARAGRAPHS.map(para),
      H.kondisi,
      ...PARAGRAPHS.map(para),
      {
        kind: 'list',
        ordered: true,
        items: [
          {
            runs: runs('Tahap persiapan: pembentukan tim penyusun dan pengumpulan data sekunder.'),
          },
          {
            runs: runs('Tahap analisis:'),
            children: {
              kind: 'list',
              ordered: false,
              items: [
                {
                  runs: runs(
                    'analisis kesiapan daerah pada aspek struktur, infrastruktur, dan suprastruktur;',
                  ),
                },
                {
                  runs: [
                    { text: 'analisis kesenjangan' },
                    { text: '', footnote: 'Dibandingkan dengan target nasional SPBE.' },
                    { text: ' dan isu strategis.' },
                  ],
                },
              ],
            },
          },
          { runs: runs('Tahap perumusan: visi, misi, strategi, program, dan peta jalan.') },
        ],
      },
      H.maksud,
      ...PARAGRAPHS.map(para),
      H.bab2,
      H.gambaran,
      para(PARAGRAPHS[0] ?? ''),
      { kind: 'figure', image: chartPng(), widthFraction: 0.8, caption: FIGURE_CAPTION },
      para(PARAGRAPHS[2] ?? ''),
    ],
  };
  const matrix: PageSection = {
    orientation: 'landscape',
    numbering: 'arabic',
    restartNumbering: false,
    headerFooter: true,
    blocks: [
      H.program,
      {
        kind: 'table',
        caption: TABLE_CAPTION,
        columns: [
          { width: 1 },
          { width: 4 },
          { width: 1.6 },
          { width: 1.2 },
          { width: 1.6 },
          { width: 3 },
        ],
        header: [
          [
            'Kode',
            'Nama Program',
            'OPD Penanggung Jawab',
            'Tahun',
            'Perkiraan Biaya',
            'Indikator Kinerja',
          ].map((t) => cell(t, { align: 'center', shade: 'header' })),
        ],
        body: programmeRows(),
        fontPt: 8,
        source: 'Sumber: Hasil analisis tim penyusun, 2026.',
      },
    ],
  };
  const closing: PageSection = {
    orientation: 'portrait',
    numbering: 'arabic',
    restartNumbering: false,
    headerFooter: true,
    blocks: [H.bab3, H.kesimpulan, ...PARAGRAPHS.map(para)],
  };
  return [cover, front, body, matrix, closing];
}

/** The headings of the fixture, for assertions. */
export const FIXTURE_HEADINGS = H;

/** The fixture document (profile: Arial 12 pt, 1.5 lines, margins 30/30/40/30 mm). */
export function fixtureDocument(font: LayoutDocument['profile']['font'] = 'Arial'): LayoutDocument {
  return {
    metadata: {
      title: 'Rencana Induk (Masterplan) Smart City Kabupaten Contoh 2026–2030',
      subject: 'Buku II Masterplan',
      author: 'Dinas Komunikasi dan Informatika Kabupaten Contoh',
      keywords: ['smart city', 'rencana induk', 'Kabupaten Contoh'],
      language: 'id-ID',
      created: '2026-11-22T00:00:00.000Z',
    },
    profile: {
      font,
      fontSizePt: 12,
      lineSpacing: 1.5,
      marginsMm: { top: 30, bottom: 30, left: 40, right: 30 },
    },
    headerText: 'Rencana Induk Smart City Kabupaten Contoh 2026–2030',
    fileBaseName: 'Masterplan-Smart-City-Kabupaten-Contoh-2026-2030-Buku-II',
    sections: sections(),
  };
}
