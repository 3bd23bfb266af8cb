/**
 * Phrase banks of Indonesian smart-city planning: services, platforms, partners, data,
 * infrastructure, issues and regulations that sentences draw their words from.
 */

/** Public services a plan digitises. */
export const SERVICES = [
  'perizinan berusaha berbasis risiko',
  'administrasi kependudukan',
  'pengaduan masyarakat',
  'rujukan pasien antarfasilitas kesehatan',
  'penerimaan peserta didik baru',
  'pembayaran pajak daerah',
  'retribusi pasar dan parkir',
  'bantuan sosial',
  'informasi jadwal angkutan umum',
  'perizinan bangunan gedung',
  'layanan kedaruratan 112',
  'konsultasi UMKM',
  'pendaftaran pencari kerja',
  'layanan perpustakaan digital',
  'pelaporan sampah liar',
  'pemesanan tiket destinasi wisata',
  'sertifikasi halal bagi pelaku usaha mikro',
  'layanan informasi tata ruang',
];

/** Systems and platforms named in plans. */
export const PLATFORMS = [
  'aplikasi super layanan publik',
  'portal Satu Data',
  'sistem penghubung layanan',
  'dasbor kinerja pimpinan',
  'command center',
  'geoportal daerah',
  'sistem naskah dinas elektronik',
  'aplikasi pengaduan terpadu',
  'sistem informasi perencanaan dan penganggaran',
  'katalog elektronik lokal',
  'platform pasar digital UMKM',
  'sistem informasi manajemen kepegawaian',
  'rekam medis elektronik',
  'sistem peringatan dini bencana',
  'aplikasi bank sampah digital',
  'pusat data daerah',
  'jaringan intra pemerintah',
  'sistem informasi desa',
];

/** Partners outside government. */
export const STAKEHOLDERS = [
  'perguruan tinggi',
  'dunia usaha',
  'komunitas teknologi',
  'asosiasi UMKM',
  'BUMD',
  'operator telekomunikasi',
  'lembaga swadaya masyarakat',
  'media lokal',
  'forum anak dan pemuda',
  'kelompok sadar wisata',
  'perbankan daerah',
  'organisasi keagamaan',
  'pemerintah desa',
  'instansi vertikal',
];

/** Data sets Satu Data plans prioritise. */
export const DATASETS = [
  'data kependudukan',
  'data kemiskinan terpadu',
  'data spasial tata ruang',
  'data fasilitas kesehatan',
  'data sekolah dan peserta didik',
  'data pelaku UMKM',
  'data jaringan jalan',
  'data timbulan sampah',
  'data kebencanaan',
  'data kunjungan wisata',
  'data harga komoditas pangan',
  'data aset daerah',
  'data realisasi anggaran',
  'data kualitas udara dan air',
];

/** Infrastructure elements. */
export const INFRASTRUCTURE = [
  'jaringan serat optik antarkantor',
  'akses internet publik di balai desa',
  'pusat data berstandar nasional',
  'ruang command center',
  'kamera pemantau lalu lintas',
  'sensor kualitas udara',
  'stasiun cuaca otomatis',
  'penerangan jalan umum cerdas',
  'menara telekomunikasi bersama',
  'layanan komputasi awan pemerintah',
  'sistem tanda tangan elektronik',
  'pusat pemulihan bencana data',
];

/** Problems that plans record. */
export const ISSUES = [
  'aplikasi perangkat daerah yang berjalan sendiri-sendiri tanpa standar interoperabilitas',
  'data sektoral yang belum bermetadata baku dan belum dimutakhirkan secara berkala',
  'keterbatasan sumber daya manusia TIK di perangkat daerah',
  'ketergantungan pembiayaan pada APBD',
  'kesenjangan akses internet antara wilayah perkotaan dan perdesaan',
  'rendahnya literasi digital sebagian masyarakat',
  'proses bisnis lintas perangkat daerah yang belum dipetakan',
  'keamanan informasi yang belum dikelola dengan standar',
  'belum adanya forum koordinasi yang bertemu secara rutin',
  'pemeliharaan aplikasi yang tidak dianggarkan setelah pembangunan selesai',
  'duplikasi belanja TIK antarperangkat daerah',
  'indikator kinerja yang belum terhubung dengan data operasional',
];

/** What a programme brings to citizens. */
export const BENEFITS = [
  'waktu layanan yang lebih singkat',
  'biaya layanan yang lebih rendah bagi warga',
  'keputusan pimpinan yang berbasis data',
  'transparansi penggunaan anggaran',
  'pemerataan akses layanan sampai ke desa',
  'peningkatan daya saing UMKM',
  'respons kedaruratan yang lebih cepat',
  'lingkungan yang lebih bersih dan sehat',
  'kunjungan wisata yang lebih merata sepanjang tahun',
  'peningkatan partisipasi masyarakat dalam perencanaan',
];

/** Regulations cited in the text. */
export const REGULATIONS = [
  'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
  'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
  'Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital dan Keterpaduan Layanan Digital Nasional',
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
  'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi',
  'Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan',
  'Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah',
  'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE',
  'Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen Keamanan Informasi SPBE',
];

/** Phases of the roadmap. */
export const PHASES = ['fondasi', 'penguatan', 'perluasan', 'keberlanjutan'];

/** Given names and titles for team members and signatories. */
export const PERSON_NAMES = [
  'Dr. Ir. Sri Puryono, M.P.',
  'Drs. Agus Prasetyo, M.Si.',
  'Ir. Retno Wulandari, M.T.',
  'Dr. Bambang Susilo, S.T., M.Kom.',
  'Hj. Endah Kusumawati, S.E., M.M.',
  'Dr. Arief Nugroho, M.T.',
  'Ratna Dewi Anggraini, S.Kom., M.Kom.',
  'Yusuf Hidayat, S.T., M.B.A.',
];
