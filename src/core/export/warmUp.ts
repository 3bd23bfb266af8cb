/**
 * Warming an exporter up before a plan is given. A first export in a thread runs code V8 has
 * not seen yet: it is interpreted until it has run often enough to be compiled, which makes
 * the first PDF export of a 700-page plan about a third slower than the next. When an export
 * looks near (the pointer on an export button), the export thread lays out and renders this
 * small document a few times: the same code paths as a plan (chapters and numbered
 * sections, justified text with bold, italic, links and footnotes, nested lists, a table of
 * contents, shaded tables with a repeated header and spanning cells, a landscape programme
 * matrix, a picture and a chart), so the plan's export finds them compiled. What stays in the thread is
 * the compiled code, the shaped words of common Indonesian words and the Arial stand-in's
 * fonts (a few megabytes, loaded anyway for most plans).
 */
import type {
  Block,
  ChartDrawing,
  HeadingBlock,
  ImageData,
  LayoutDocument,
  PageSection,
  Run,
  TableCell,
} from '../layout/model.ts';
import { chartDrawing, chartFontFiles, pngOnWhite } from '../layout/rasterize.ts';
import { readinessChartSvg } from '../layout/readinessChart.ts';

const SENTENCES = [
  'Pemerintah daerah menyusun rencana induk ini sebagai pedoman transformasi digital yang terukur, terpadu, dan berkelanjutan selama lima tahun.',
  'Dinas Komunikasi, Informatika dan Persandian mengoordinasikan pembangunan pusat data daerah, jaringan intra pemerintah, dan layanan berbagi pakai.',
  'Indeks SPBE ditargetkan naik dari 2,85 pada tahun 2025 menjadi 3,60 pada tahun 2030, sejalan dengan sasaran RPJMD.',
  'Program unggulan mencakup perizinan terpadu, Satu Data Indonesia tingkat daerah, command center, dan pemberdayaan UMKM melalui pasar digital.',
  'Setiap perangkat daerah melaporkan capaian triwulanan melalui dasbor kinerja sehingga pimpinan dapat mengambil keputusan berbasis data.',
  'Anggaran bersumber dari APBD, DAK, CSR, dan kerja sama pemerintah dengan badan usaha; total kebutuhan diperkirakan Rp 48.750.000.000,00.',
];

const OPD = ['Diskominfo', 'Bappeda', 'DPMPTSP', 'Dinkes', 'Disdukcapil', 'Dishub', 'DLH'];

function paragraph(index: number, emphasis: boolean): Block {
  const text = [0, 1, 2].map((k) => SENTENCES[(index + k) % SENTENCES.length]!).join(' ');
  const runs: Run[] = emphasis
    ? [
        { text: 'Smart governance', bold: true },
        { text: ' menjadi prioritas; ' },
        { text: 'quick win', italic: true },
        { text: ` ditetapkan per tahun. ${text} Rujukan: ` },
        { text: 'https://www.komdigi.go.id', link: 'https://www.komdigi.go.id', underline: true },
        { text: '', footnote: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE.' },
        { text: '.' },
      ]
    : [{ text }];
  return { kind: 'paragraph', style: 'body', align: 'justify', runs };
}

function heading(
  role: HeadingBlock['role'],
  number: string,
  text: string,
  depth: number,
): HeadingBlock {
  const anchor = `pemanasan-${number.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const pageBreakBefore = false;
  return { kind: 'heading', role, number, text, anchor, depth, pageBreakBefore, toc: true };
}

function cell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { runs: [{ text }], ...extra };
}

function money(value: number): string {
  return value.toLocaleString('id-ID');
}

/** A programme matrix: group rows, programmes with yearly costs, subtotals and a total. */
function programmeTable(rows: number): Block {
  const years = ['2026', '2027', '2028', '2029', '2030'];
  const body: TableCell[][] = [];
  for (let i = 0; i < rows; i++) {
    if (i % 8 === 0)
      body.push([cell(`Elemen ${i / 8 + 1}: Smart Governance`, { colSpan: 9, shade: 'group' })]);
    const costs = years.map((_, y) => 150_000_000 + ((i * 7 + y * 13) % 9) * 25_000_000);
    body.push([
      cell(`${i + 1}`, { align: 'center' }),
      cell(
        `Pengembangan layanan digital terpadu tahap ${(i % 3) + 1} untuk ${OPD[i % OPD.length]}`,
      ),
      cell(OPD[i % OPD.length]!),
      ...costs.map((cost, y) =>
        cell(money(cost), { align: 'right', ...(y === i % 5 ? { shade: 'active' as const } : {}) }),
      ),
      cell('APBD'),
    ]);
  }
  body.push([
    cell('Jumlah', { colSpan: 3, shade: 'total' }),
    ...years.map(() => cell('—')),
    cell(''),
  ]);
  return {
    kind: 'table',
    caption: {
      label: 'Tabel 2.1',
      text: 'Matriks Program Prioritas',
      anchor: 'pemanasan-tabel-2-1',
    },
    columns: [24, 190, 70, 62, 62, 62, 62, 62, 50].map((width) => ({ width })),
    header: [
      [
        cell('No', { align: 'center', shade: 'header' }),
        cell('Program', { shade: 'header' }),
        cell('OPD', { shade: 'header' }),
        ...years.map((year) => cell(year, { align: 'center', shade: 'header' })),
        cell('Sumber', { shade: 'header' }),
      ],
    ],
    body,
    fontPt: 8,
    source: 'Sumber: hasil analisis tim penyusun, 2026',
  };
}

function summaryTable(): Block {
  const body: TableCell[][] = OPD.map((opd, i) => [
    cell(`${i + 1}`, { align: 'center' }),
    cell(opd),
    cell(`${(2.4 + i * 0.17).toFixed(2).replace('.', ',')}`, { align: 'right' }),
    cell(i % 2 ? 'Berkembang' : 'Terdefinisi'),
  ]);
  body.push([cell('Rata-rata', { colSpan: 2, shade: 'subtotal' }), cell('2,91'), cell('')]);
  return {
    kind: 'table',
    caption: {
      label: 'Tabel 1.1',
      text: 'Tingkat Kematangan per OPD',
      anchor: 'pemanasan-tabel-1-1',
    },
    columns: [30, 200, 90, 130].map((width) => ({ width })),
    header: [
      ['No', 'Perangkat Daerah', 'Indeks', 'Tingkat'].map((t) => cell(t, { shade: 'header' })),
    ],
    body,
    fontPt: 10,
  };
}

/** A small opaque picture (palette PNG), as a plan's own images are embedded. */
function figureImage(): ImageData {
  const width = 120;
  const height = 60;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const bar = x % 24 < 16 && height - y < ((x / 24) | 0) * 10 + 15;
      const at = (y * width + x) * 4;
      rgba.set(bar ? [31, 78, 121, 255] : [255, 255, 255, 255], at);
    }
  return {
    mime: 'image/png',
    data: pngOnWhite(width, height, rgba),
    widthPx: width,
    heightPx: height,
  };
}

/** A readiness chart, drawn as the layout draws charts (as vectors in the PDF). */
function chart(): ChartDrawing {
  const bars = OPD.slice(0, 4).map((part, i) => ({
    pillar: i < 2 ? 'Struktur' : 'Infrastruktur',
    part,
    score: i + 2,
  }));
  return chartDrawing(readinessChartSvg(bars, { min: 1, max: 5 }), chartFontFiles());
}

function sections(): PageSection[] {
  const chapter = heading('chapter', 'BAB I', 'PENDAHULUAN', 1);
  const headings = [
    heading('section', '1.1', 'Latar Belakang', 2),
    heading('subsection', '1.1.1', 'Kondisi Umum Daerah', 3),
    heading('section', '1.2', 'Maksud dan Tujuan', 2),
  ];
  const list: Block = {
    kind: 'list',
    ordered: true,
    items: SENTENCES.slice(0, 3).map((text, i) => ({
      runs: [{ text }],
      ...(i === 1
        ? {
            children: {
              kind: 'list',
              ordered: false,
              items: OPD.slice(0, 3).map((o) => ({ runs: [{ text: o }] })),
            },
          }
        : {}),
    })),
  };
  const body: Block[] = [chapter];
  headings.forEach((h, i) => {
    body.push(h);
    for (let p = 0; p < 4; p++) body.push(paragraph(i * 4 + p, p === 1));
    if (i === 0) body.push(list, summaryTable());
  });
  body.push(
    {
      kind: 'figure',
      image: figureImage(),
      widthFraction: 0.6,
      caption: { label: 'Gambar 1.1', text: 'Peta Wilayah', anchor: 'pemanasan-gambar-1-1' },
    },
    {
      kind: 'figure',
      image: chart(),
      widthFraction: 0.9,
      caption: {
        label: 'Gambar 1.2',
        text: 'Skor Kesiapan per Pilar',
        anchor: 'pemanasan-gambar-1-2',
      },
    },
  );
  const entries = [chapter, ...headings].map((h) => ({
    level: h.depth,
    number: h.number,
    text: h.text,
    anchor: h.anchor,
    pageEstimate: '',
  }));
  return [
    {
      orientation: 'portrait',
      numbering: 'roman',
      restartNumbering: true,
      headerFooter: true,
      blocks: [{ kind: 'toc', which: 'contents', title: 'DAFTAR ISI', entries }],
    },
    {
      orientation: 'portrait',
      numbering: 'arabic',
      restartNumbering: true,
      headerFooter: true,
      blocks: body,
    },
    {
      orientation: 'landscape',
      numbering: 'arabic',
      restartNumbering: false,
      headerFooter: true,
      blocks: [heading('section', '2.1', 'Program Prioritas', 2), programmeTable(40)],
    },
  ];
}

/** The warm-up document, in the templates' export profile (Arial 12 pt, 1.5 lines). */
export function warmUpDocument(): LayoutDocument {
  return {
    metadata: {
      title: 'Pemanasan ekspor',
      subject: 'Rencana Induk Smart City',
      author: 'Rencana Studio',
      keywords: [],
      language: 'id-ID',
      created: '2026-01-01T00:00:00.000Z',
    },
    profile: {
      font: 'Arial',
      fontSizePt: 12,
      lineSpacing: 1.5,
      marginsMm: { top: 30, bottom: 30, left: 40, right: 30 },
    },
    headerText: 'Rencana Induk Smart City',
    fileBaseName: 'pemanasan',
    sections: sections(),
  };
}
