/**
 * How the text of each kind of section is composed: the themes its paragraphs follow,
 * its share of the plan's words, and the sub-headings it uses. Keyed by section id.
 */
import type { Theme } from './templates.ts';

export interface SectionProfile {
  themes: Theme[];
  /** Relative share of the plan's prose words. */
  weight: number;
  /** Sub-heading stems; "{topic}" is filled with an element topic. */
  headings: string[];
  /** Lists carry the sentences of this theme. */
  listTheme: Theme;
}

const GENERAL_HEADINGS = [
  'Arah Kebijakan',
  'Kondisi {topic}',
  'Langkah Pelaksanaan',
  'Peran Perangkat Daerah',
  'Keterkaitan dengan Kebijakan Nasional',
  'Pengembangan {topic}',
  'Ukuran Keberhasilan',
];

const PROFILES: Record<string, SectionProfile> = {
  'kata-pengantar': {
    themes: ['context', 'closing'],
    weight: 0.6,
    headings: [],
    listTheme: 'closing',
  },
  'ringkasan-eksekutif': {
    themes: ['context', 'target', 'strategy', 'finance'],
    weight: 2.2,
    headings: [
      'Visi dan Misi',
      'Hasil Penilaian Kesiapan',
      'Program Prioritas',
      'Kebutuhan Pendanaan',
    ],
    listTheme: 'target',
  },
  'latar-belakang': {
    themes: ['context', 'problem', 'context'],
    weight: 1.8,
    headings: ['Tantangan Pembangunan Daerah', 'Gerakan Menuju Smart City', 'Kondisi {topic}'],
    listTheme: 'problem',
  },
  'maksud-tujuan': {
    themes: ['context', 'target'],
    weight: 0.8,
    headings: ['Maksud', 'Tujuan'],
    listTheme: 'target',
  },
  'ruang-lingkup': {
    themes: ['context', 'coordination'],
    weight: 0.8,
    headings: ['Lingkup Wilayah', 'Lingkup Materi'],
    listTheme: 'coordination',
  },
  metodologi: {
    themes: ['context', 'monitoring', 'data'],
    weight: 1.2,
    headings: ['Tahapan Penyusunan', 'Sumber Data', 'Bimbingan Teknis'],
    listTheme: 'monitoring',
  },
  sistematika: { themes: ['context', 'closing'], weight: 0.6, headings: [], listTheme: 'closing' },
  geografi: {
    themes: ['condition', 'infrastructure'],
    weight: 1.0,
    headings: ['Letak dan Batas Wilayah', 'Topografi'],
    listTheme: 'condition',
  },
  kependudukan: {
    themes: ['condition', 'data'],
    weight: 1.0,
    headings: ['Jumlah dan Sebaran Penduduk', 'Struktur Umur'],
    listTheme: 'condition',
  },
  perekonomian: {
    themes: ['condition', 'finance'],
    weight: 1.0,
    headings: ['Struktur PDRB', 'UMKM dan Sektor Unggulan'],
    listTheme: 'condition',
  },
  'kondisi-tik': {
    themes: ['condition', 'infrastructure', 'data'],
    weight: 1.4,
    headings: ['Jaringan dan Akses Internet', 'Aplikasi Pemerintah', 'Indeks SPBE'],
    listTheme: 'infrastructure',
  },
  'pengantar-kesiapan': {
    themes: ['context', 'monitoring'],
    weight: 0.8,
    headings: [],
    listTheme: 'monitoring',
  },
  'kesiapan-struktur': {
    themes: ['condition', 'governance'],
    weight: 1.0,
    headings: ['Sumber Daya Manusia', 'Anggaran', 'Tata Kelola'],
    listTheme: 'condition',
  },
  'kesiapan-infrastruktur': {
    themes: ['condition', 'infrastructure'],
    weight: 1.0,
    headings: ['Infrastruktur Fisik', 'Infrastruktur Digital', 'Infrastruktur Sosial'],
    listTheme: 'infrastructure',
  },
  'kesiapan-suprastruktur': {
    themes: ['condition', 'governance'],
    weight: 1.0,
    headings: ['Regulasi dan Kebijakan', 'Kelembagaan', 'Tata Laksana'],
    listTheme: 'governance',
  },
  'strategi-swot': {
    themes: ['strategy', 'strategy'],
    weight: 1.2,
    headings: ['Strategi S-O', 'Strategi W-O', 'Strategi S-T', 'Strategi W-T'],
    listTheme: 'strategy',
  },
  'isu-strategis': {
    themes: ['problem', 'context'],
    weight: 1.6,
    headings: ['Isu Tata Kelola', 'Isu Ekonomi', 'Isu Lingkungan dan Sosial'],
    listTheme: 'problem',
  },
  visi: { themes: ['context', 'closing'], weight: 0.6, headings: [], listTheme: 'target' },
  misi: { themes: ['target'], weight: 0.6, headings: [], listTheme: 'target' },
  tujuan: {
    themes: ['target', 'monitoring'],
    weight: 0.9,
    headings: ['Tujuan', 'Sasaran'],
    listTheme: 'target',
  },
  gambaran: {
    themes: ['context', 'strategy', 'closing'],
    weight: 1.3,
    headings: ['Arah Pengembangan', 'Keterkaitan dengan Isu Strategis'],
    listTheme: 'strategy',
  },
  kondisi: {
    themes: ['condition', 'condition', 'data'],
    weight: 1.1,
    headings: ['Kondisi {topic}', 'Data dan Sumbernya'],
    listTheme: 'condition',
  },
  permasalahan: {
    themes: ['problem'],
    weight: 0.8,
    headings: ['Permasalahan Utama', 'Akar Masalah'],
    listTheme: 'problem',
  },
  sasaran: {
    themes: ['target'],
    weight: 0.7,
    headings: ['Sasaran Akhir Periode'],
    listTheme: 'target',
  },
  strategi: {
    themes: ['strategy', 'finance'],
    weight: 1.0,
    headings: ['Strategi Utama', 'Pengembangan {topic}', 'Kemitraan'],
    listTheme: 'strategy',
  },
  jaringan: {
    themes: ['infrastructure'],
    weight: 1.0,
    headings: ['Jaringan Intra Pemerintah', 'Akses Publik'],
    listTheme: 'infrastructure',
  },
  'pusat-data': {
    themes: ['infrastructure', 'data'],
    weight: 1.0,
    headings: ['Pusat Data Daerah', 'Pemulihan Bencana'],
    listTheme: 'infrastructure',
  },
  'command-center': {
    themes: ['infrastructure', 'governance'],
    weight: 1.0,
    headings: ['Fungsi Command Center', 'Pengelolaan'],
    listTheme: 'infrastructure',
  },
  integrasi: {
    themes: ['data', 'infrastructure'],
    weight: 1.2,
    headings: ['Sistem Penghubung Layanan', 'Satu Data'],
    listTheme: 'data',
  },
  spbe: {
    themes: ['governance', 'data'],
    weight: 1.0,
    headings: ['Arsitektur SPBE', 'Manajemen SPBE'],
    listTheme: 'governance',
  },
  'peran-provinsi': {
    themes: ['coordination', 'governance'],
    weight: 1.4,
    headings: ['Pembinaan', 'Fasilitasi', 'Penyelarasan Program'],
    listTheme: 'coordination',
  },
  'integrasi-data': {
    themes: ['data', 'coordination'],
    weight: 1.2,
    headings: ['Data Prioritas', 'Walidata'],
    listTheme: 'data',
  },
  'integrasi-sistem': {
    themes: ['infrastructure', 'coordination'],
    weight: 1.2,
    headings: ['Aplikasi yang Diintegrasikan', 'Interoperabilitas'],
    listTheme: 'coordination',
  },
  'sumber-daya-bersama': {
    themes: ['coordination', 'infrastructure'],
    weight: 1.0,
    headings: ['Infrastruktur Bersama', 'Aplikasi Umum'],
    listTheme: 'coordination',
  },
  raperda: {
    themes: ['governance', 'coordination'],
    weight: 0.9,
    headings: ['Ruang Lingkup', 'Kelembagaan dan Pendanaan'],
    listTheme: 'governance',
  },
  'dewan-smart-city': {
    themes: ['governance'],
    weight: 0.9,
    headings: ['Susunan', 'Tugas'],
    listTheme: 'governance',
  },
  'tim-pelaksana': {
    themes: ['governance'],
    weight: 0.8,
    headings: ['Susunan', 'Tugas'],
    listTheme: 'governance',
  },
  forum: {
    themes: ['governance', 'coordination'],
    weight: 0.6,
    headings: [],
    listTheme: 'governance',
  },
  'pola-pembiayaan': {
    themes: ['finance', 'finance'],
    weight: 1.4,
    headings: ['Sumber Pendanaan', 'Skema KPBU', 'CSR dan Hibah'],
    listTheme: 'finance',
  },
  kriteria: { themes: ['target', 'strategy'], weight: 0.8, headings: [], listTheme: 'target' },
  'uraian-quick-win': {
    themes: ['strategy', 'target', 'monitoring'],
    weight: 2.4,
    headings: ['Quick Win Tahun Pertama', 'Quick Win Tahun Kedua', 'Ukuran Keberhasilan'],
    listTheme: 'strategy',
  },
  tahapan: {
    themes: ['strategy', 'target'],
    weight: 1.2,
    headings: ['Tahap Fondasi', 'Tahap Penguatan', 'Tahap Perluasan', 'Tahap Keberlanjutan'],
    listTheme: 'target',
  },
  jalur: {
    themes: ['strategy', 'infrastructure'],
    weight: 1.2,
    headings: ['Jalur Infrastruktur dan TIK', 'Jalur Tata Kelola dan SDM', 'Jalur Layanan'],
    listTheme: 'strategy',
  },
  mekanisme: {
    themes: ['monitoring', 'governance'],
    weight: 1.2,
    headings: ['Pemantauan', 'Evaluasi', 'Pelaporan'],
    listTheme: 'monitoring',
  },
  'surat-komitmen': {
    themes: ['governance', 'closing'],
    weight: 0.5,
    headings: [],
    listTheme: 'governance',
  },
  regulasi: { themes: ['governance'], weight: 0.5, headings: [], listTheme: 'governance' },
};

const DEFAULT_PROFILE: SectionProfile = {
  themes: ['context', 'strategy', 'closing'],
  weight: 1,
  headings: GENERAL_HEADINGS,
  listTheme: 'strategy',
};

/** The profile of a section id; a general one for ids this generator does not know. */
export function sectionProfile(sectionId: string): SectionProfile {
  return PROFILES[sectionId] ?? DEFAULT_PROFILE;
}
