/**
 * What each smart-city element is about: its topics, programme themes, indicators,
 * outputs, problems, the agencies that own its programmes and plausible
 * Permendagri 90/2019 programme codes. Keyed by the framework's element ids.
 */

export interface ElementTopic {
  /** Subjects the text talks about. */
  topics: string[];
  /** Objects of programme names ("Sistem Informasi Perizinan Terpadu"). */
  themes: string[];
  indicators: string[];
  outputs: string[];
  problems: string[];
  /** OPD ids that own programmes of this element (first is the usual owner). */
  owners: string[];
  budgetCodes: string[];
  track: 'infrastruktur' | 'tata-kelola' | 'layanan';
}

const TOPICS: Record<string, ElementTopic> = {
  'pelayanan-publik': {
    topics: [
      'Mal Pelayanan Publik',
      'perizinan berusaha',
      'pengaduan masyarakat',
      'identitas kependudukan digital',
      'layanan keliling di kecamatan',
    ],
    themes: [
      'Aplikasi Super Layanan Publik',
      'Mal Pelayanan Publik Digital',
      'Layanan Adminduk Daring',
      'Pengaduan Terpadu SP4N-LAPOR',
      'Perizinan Berusaha Terintegrasi OSS',
      'Gerai Layanan Desa',
    ],
    indicators: [
      'Persentase layanan prioritas yang dapat diajukan daring',
      'Indeks Kepuasan Masyarakat',
      'Rata-rata waktu penyelesaian izin',
    ],
    outputs: [
      'aplikasi layanan dengan akun tunggal warga',
      'gerai layanan daring di kantor kecamatan',
      'integrasi data perizinan dengan OSS',
    ],
    problems: [
      'layanan yang masih mensyaratkan kehadiran fisik',
      'antrean panjang pada jam sibuk',
      'aduan yang tidak ditindaklanjuti tepat waktu',
    ],
    owners: ['dpmptsp', 'diskominfo', 'disdukcapil'],
    budgetCodes: ['2.16.03', '2.18.04', '2.12.02', '2.16.03.2.02'],
    track: 'layanan',
  },
  'manajemen-birokrasi': {
    topics: [
      'naskah dinas elektronik',
      'manajemen kinerja ASN',
      'arsitektur SPBE',
      'tanda tangan elektronik',
      'manajemen aset daerah',
    ],
    themes: [
      'Naskah Dinas Elektronik',
      'Sistem Informasi Manajemen ASN',
      'Arsitektur dan Peta Rencana SPBE',
      'Tanda Tangan Elektronik',
      'Manajemen Aset Berbasis Elektronik',
      'Kantor Tanpa Kertas',
    ],
    indicators: [
      'Indeks SPBE',
      'Persentase surat keluar yang ditandatangani elektronik',
      'Nilai sistem merit ASN',
    ],
    outputs: [
      'sistem naskah dinas yang dipakai seluruh OPD',
      'dokumen arsitektur SPBE daerah',
      'profil kompetensi digital ASN',
    ],
    problems: [
      'proses administrasi yang masih berbasis kertas',
      'data kepegawaian yang tersebar',
      'belum adanya peta proses bisnis lintas OPD',
    ],
    owners: ['diskominfo', 'bkpsdm', 'setda', 'bpkad'],
    budgetCodes: ['2.16.03', '5.03.02', '5.02.02', '2.21.02'],
    track: 'tata-kelola',
  },
  'efisiensi-kebijakan': {
    topics: [
      'perencanaan dan penganggaran terpadu',
      'Satu Data',
      'dasbor pimpinan',
      'evaluasi kebijakan berbasis data',
      'keterbukaan informasi publik',
    ],
    themes: [
      'Portal Satu Data',
      'Dasbor Kinerja Pimpinan',
      'Integrasi Perencanaan dan Penganggaran',
      'Statistik Sektoral',
      'Keterbukaan Informasi Publik',
      'Analitik Kebijakan',
    ],
    indicators: [
      'Jumlah set data bermetadata di portal Satu Data',
      'Persentase indikator RPJMD yang terpantau daring',
      'Nilai keterbukaan informasi publik',
    ],
    outputs: [
      'portal Satu Data dengan katalog set data prioritas',
      'dasbor capaian indikator RPJMD',
      'forum data bulanan walidata',
    ],
    problems: [
      'data yang berbeda antarperangkat daerah',
      'laporan kinerja yang disusun manual',
      'kebijakan yang belum dievaluasi dengan data',
    ],
    owners: ['bappeda', 'diskominfo', 'setda'],
    budgetCodes: ['2.20.02', '5.01.02', '2.16.02'],
    track: 'tata-kelola',
  },
  'ekosistem-pariwisata': {
    topics: [
      'desa wisata',
      'kalender event',
      'destinasi unggulan',
      'pemandu wisata lokal',
      'promosi digital',
    ],
    themes: [
      'Platform Pariwisata Terpadu',
      'Desa Wisata Digital',
      'Kalender Event Daerah',
      'Tiket Elektronik Destinasi',
      'Promosi Wisata Digital',
      'Pusat Informasi Wisata',
    ],
    indicators: [
      'Jumlah kunjungan wisatawan',
      'Jumlah desa wisata yang menjual paket daring',
      'Lama tinggal rata-rata wisatawan',
    ],
    outputs: [
      'platform informasi dan pemesanan wisata',
      'paket wisata desa yang dipasarkan daring',
      'kalender event tahunan yang terbit daring',
    ],
    problems: [
      'informasi destinasi yang tersebar dan tidak mutakhir',
      'kunjungan yang menumpuk pada musim libur',
      'desa wisata yang belum memasarkan paket secara daring',
    ],
    owners: ['disparbud', 'diskominfo'],
    budgetCodes: ['3.26.02', '3.26.03'],
    track: 'layanan',
  },
  'ekosistem-bisnis': {
    topics: [
      'iklim investasi',
      'produk unggulan daerah',
      'kawasan industri',
      'promosi investasi',
      'ekspor UMKM',
    ],
    themes: [
      'Gerbang Investasi Daerah',
      'Profil Proyek Investasi Siap Tawar',
      'Etalase Produk Unggulan',
      'Temu Bisnis Daring',
      'Pendampingan Ekspor UMKM',
    ],
    indicators: [
      'Nilai realisasi investasi',
      'Jumlah proyek investasi siap tawar',
      'Nilai ekspor produk UMKM',
    ],
    outputs: [
      'portal peluang investasi dwibahasa',
      'profil proyek investasi siap tawar',
      'etalase digital produk unggulan',
    ],
    problems: [
      'informasi peluang investasi yang belum lengkap',
      'promosi produk daerah yang belum terpadu',
      'perizinan lahan yang belum terintegrasi dengan tata ruang',
    ],
    owners: ['dpmptsp', 'disperindag', 'diskopumdag'],
    budgetCodes: ['2.18.03', '3.30.02', '3.31.02'],
    track: 'layanan',
  },
  'wajah-kota': {
    topics: [
      'ruang publik',
      'penanda kota',
      'taman kota',
      'penataan kawasan',
      'identitas visual daerah',
    ],
    themes: [
      'Ruang Publik Ramah Digital',
      'Penanda Kawasan Ber-QR',
      'Penataan Kawasan Bersejarah',
      'Identitas Visual Daerah',
      'Taman Kota Cerdas',
    ],
    indicators: [
      'Jumlah ruang publik dengan akses internet',
      'Indeks kepuasan warga terhadap ruang publik',
      'Jumlah kawasan yang ditata',
    ],
    outputs: [
      'ruang publik dengan akses internet gratis',
      'penanda kawasan dengan informasi digital',
      'panduan identitas visual daerah',
    ],
    problems: [
      'ruang publik yang belum ramah bagi penyandang disabilitas',
      'penanda kota yang tidak seragam',
      'kawasan bersejarah yang belum terawat',
    ],
    owners: ['dpupr', 'disparbud', 'disperakim'],
    budgetCodes: ['1.03.10', '1.04.02', '3.26.02'],
    track: 'infrastruktur',
  },
  'ekosistem-industri': {
    topics: [
      'industri kecil dan menengah',
      'rantai pasok',
      'pertanian presisi',
      'perikanan tangkap',
      'sertifikasi produk',
    ],
    themes: [
      'Digitalisasi Rantai Pasok',
      'Pertanian Presisi',
      'Pencatatan Hasil Tangkapan Ikan',
      'Klinik Industri Kecil',
      'Sistem Informasi Harga Komoditas',
    ],
    indicators: [
      'Nilai tambah sektor industri pengolahan',
      'Jumlah petani pengguna aplikasi informasi',
      'Persentase pendaratan ikan yang tercatat elektronik',
    ],
    outputs: [
      'sistem informasi harga komoditas harian',
      'stasiun cuaca mikro di sentra pertanian',
      'pencatatan hasil tangkapan elektronik',
    ],
    problems: [
      'harga komoditas yang berfluktuasi tanpa informasi',
      'produk industri kecil yang belum bersertifikat',
      'rantai pasok yang panjang',
    ],
    owners: ['disperindag', 'distanbun', 'dkp'],
    budgetCodes: ['3.31.02', '3.27.02', '3.25.03'],
    track: 'layanan',
  },
  'kesejahteraan-rakyat': {
    topics: [
      'data kemiskinan',
      'bantuan sosial tepat sasaran',
      'pencari kerja',
      'pelatihan vokasi',
      'perlindungan sosial',
    ],
    themes: [
      'Pemutakhiran Data Sosial Berbasis Desa',
      'Bursa Kerja Daring',
      'Pelatihan Vokasi Digital',
      'Penyaluran Bantuan Sosial Nontunai',
      'Layanan Rujukan Terpadu',
    ],
    indicators: [
      'Persentase penduduk miskin',
      'Tingkat pengangguran terbuka',
      'Persentase bantuan sosial tepat sasaran',
    ],
    outputs: [
      'data sosial yang dimutakhirkan triwulanan',
      'bursa kerja daring terhubung dengan industri',
      'pelatihan vokasi digital bagi pencari kerja',
    ],
    problems: [
      'data penerima bantuan yang tidak mutakhir',
      'informasi lowongan kerja yang tidak sampai ke desa',
      'keterampilan digital angkatan kerja yang rendah',
    ],
    owners: ['dinsos', 'disnakertrans', 'bappeda'],
    budgetCodes: ['1.06.05', '2.07.03', '1.06.04'],
    track: 'layanan',
  },
  'transaksi-keuangan': {
    topics: [
      'transaksi nontunai',
      'pajak daerah daring',
      'kanal pembayaran',
      'literasi keuangan',
      'QRIS di pasar tradisional',
    ],
    themes: [
      'Elektronifikasi Transaksi Pemerintah Daerah',
      'Pajak Daerah Daring',
      'QRIS Pasar Tradisional',
      'Retribusi Nontunai',
      'Literasi Keuangan Digital',
    ],
    indicators: [
      'Persentase penerimaan daerah nontunai',
      'Indeks Elektronifikasi Transaksi Pemerintah Daerah',
      'Jumlah pedagang pasar yang memakai QRIS',
    ],
    outputs: [
      'kanal pembayaran pajak dan retribusi nontunai',
      'pedagang pasar yang memakai QRIS',
      'rekonsiliasi penerimaan harian otomatis',
    ],
    problems: [
      'penerimaan retribusi yang masih tunai',
      'rekonsiliasi penerimaan yang lambat',
      'literasi keuangan digital pedagang yang rendah',
    ],
    owners: ['bpkad', 'bapenda', 'diskopumdag'],
    budgetCodes: ['5.02.02', '5.02.03', '2.17.03'],
    track: 'layanan',
  },
  'tata-ruang': {
    topics: [
      'rencana detail tata ruang',
      'geoportal',
      'perizinan pemanfaatan ruang',
      'kawasan rawan bencana',
      'kebun dan lahan pangan',
    ],
    themes: [
      'Geoportal Daerah',
      'Digitalisasi Rencana Detail Tata Ruang',
      'Pengendalian Pemanfaatan Ruang',
      'Peta Rawan Bencana Terpadu',
      'Simpul Jaringan Informasi Geospasial',
    ],
    indicators: [
      'Jumlah RDTR yang terintegrasi OSS',
      'Persentase peta tematik yang tersedia di geoportal',
      'Jumlah pelanggaran tata ruang yang ditindaklanjuti',
    ],
    outputs: [
      'geoportal dengan peta tematik OPD',
      'RDTR digital yang terhubung dengan OSS',
      'aplikasi pelaporan pelanggaran tata ruang',
    ],
    problems: [
      'peta tematik yang tersebar di banyak OPD',
      'RDTR yang belum terintegrasi dengan OSS',
      'alih fungsi lahan yang sulit dipantau',
    ],
    owners: ['dpupr', 'bappeda', 'disperakim'],
    budgetCodes: ['1.03.11', '5.01.02', '1.04.02'],
    track: 'infrastruktur',
  },
  transportasi: {
    topics: [
      'angkutan umum',
      'manajemen lalu lintas',
      'parkir',
      'keselamatan jalan',
      'informasi perjalanan antarmoda',
    ],
    themes: [
      'Area Traffic Control System',
      'Informasi Angkutan Umum Waktu Nyata',
      'Parkir Elektronik',
      'Pengujian Kendaraan Bermotor Daring',
      'Integrasi Tiket Antarmoda',
    ],
    indicators: [
      'Kecepatan rata-rata di ruas utama',
      'Jumlah penumpang angkutan umum',
      'Jumlah persimpangan ATCS',
    ],
    outputs: [
      'persimpangan yang terhubung ATCS',
      'informasi kedatangan bus di halte',
      'parkir elektronik di ruas utama',
    ],
    problems: [
      'kemacetan di simpul kegiatan',
      'informasi angkutan umum yang tidak tersedia',
      'kebocoran retribusi parkir',
    ],
    owners: ['dishub', 'diskominfo', 'dpupr'],
    budgetCodes: ['2.15.02', '2.15.03'],
    track: 'infrastruktur',
  },
  kesehatan: {
    topics: [
      'rekam medis elektronik',
      'telemedisin',
      'SATUSEHAT',
      'layanan gawat darurat',
      'pemantauan stunting',
    ],
    themes: [
      'Rekam Medis Elektronik Puskesmas',
      'Telemedisin Daerah Terpencil',
      'Integrasi SATUSEHAT',
      'Pusat Layanan Kesehatan Darurat 119',
      'Pemantauan Stunting Berbasis Data',
    ],
    indicators: [
      'Persentase fasilitas kesehatan terhubung SATUSEHAT',
      'Prevalensi stunting',
      'Waktu tanggap layanan gawat darurat',
    ],
    outputs: [
      'rekam medis elektronik di seluruh puskesmas',
      'layanan telemedisin antara puskesmas dan rumah sakit',
      'dasbor pemantauan stunting per desa',
    ],
    problems: [
      'rekam medis yang masih manual',
      'rujukan pasien yang tidak terpantau',
      'data stunting yang terlambat',
    ],
    owners: ['dinkes', 'rsud', 'diskominfo'],
    budgetCodes: ['1.02.02', '1.02.03', '1.02.02.2.01'],
    track: 'layanan',
  },
  'interaksi-masyarakat': {
    topics: [
      'Smart Kampung',
      'partisipasi warga',
      'literasi digital',
      'kanal aspirasi',
      'sistem informasi desa',
    ],
    themes: [
      'Smart Kampung',
      'Sistem Informasi Desa',
      'Kanal Aspirasi Warga',
      'Relawan TIK',
      'Musrenbang Daring',
    ],
    indicators: [
      'Jumlah desa yang memenuhi standar Smart Kampung',
      'Persentase aspirasi yang ditindaklanjuti',
      'Indeks literasi digital',
    ],
    outputs: [
      'desa dengan layanan Smart Kampung',
      'kanal aspirasi yang terhubung dengan perencanaan',
      'relawan TIK di setiap kecamatan',
    ],
    problems: [
      'partisipasi warga yang rendah dalam perencanaan',
      'kesenjangan kecakapan digital',
      'sistem informasi desa yang beragam',
    ],
    owners: ['dispermades', 'diskominfo', 'bappeda'],
    budgetCodes: ['2.13.02', '2.16.02', '2.13.03'],
    track: 'layanan',
  },
  'ekosistem-belajar': {
    topics: [
      'sekolah digital',
      'perpustakaan digital',
      'talenta digital',
      'guru penggerak',
      'pembelajaran jarak jauh',
    ],
    themes: [
      'Sekolah Digital',
      'Perpustakaan Digital Daerah',
      'Akademi Talenta Digital',
      'Platform Belajar Daerah',
      'Beasiswa Talenta Digital',
    ],
    indicators: [
      'Persentase sekolah dengan akses internet memadai',
      'Jumlah anggota perpustakaan digital',
      'Jumlah talenta digital tersertifikasi',
    ],
    outputs: [
      'sekolah dengan akses internet dan perangkat pembelajaran',
      'perpustakaan digital dengan koleksi lokal',
      'pelatihan talenta digital bersertifikat',
    ],
    problems: [
      'akses internet sekolah di wilayah terpencil',
      'kecakapan digital guru yang beragam',
      'koleksi digital lokal yang terbatas',
    ],
    owners: ['disdik', 'arpusda', 'diskominfo'],
    budgetCodes: ['1.01.02', '2.23.02', '1.01.03'],
    track: 'layanan',
  },
  'keamanan-masyarakat': {
    topics: [
      'layanan kedaruratan 112',
      'peringatan dini bencana',
      'CCTV publik',
      'penanganan hoaks',
      'keamanan siber',
    ],
    themes: [
      'Layanan Kedaruratan 112',
      'Sistem Peringatan Dini Multi-Bencana',
      'CCTV Terpadu',
      'Tim Tanggap Insiden Siber',
      'Patroli Siber dan Penanganan Hoaks',
    ],
    indicators: [
      'Waktu tanggap panggilan darurat',
      'Jumlah desa terjangkau peringatan dini',
      'Jumlah insiden siber yang tertangani',
    ],
    outputs: [
      'layanan 112 yang beroperasi 24 jam',
      'sirene peringatan dini di desa rawan',
      'tim tanggap insiden siber daerah',
    ],
    problems: [
      'panggilan darurat yang tersebar di banyak nomor',
      'peringatan dini yang tidak sampai ke desa',
      'serangan siber terhadap situs pemerintah',
    ],
    owners: ['bpbd', 'diskominfo', 'satpol-pp'],
    budgetCodes: ['1.05.03', '2.21.02', '1.05.02'],
    track: 'infrastruktur',
  },
  'proteksi-lingkungan': {
    topics: [
      'kualitas udara',
      'kualitas air sungai',
      'ruang terbuka hijau',
      'konservasi daerah aliran sungai',
      'perizinan lingkungan',
    ],
    themes: [
      'Pemantauan Kualitas Udara',
      'Pemantauan Kualitas Air Sungai',
      'Sistem Informasi Ruang Terbuka Hijau',
      'Perizinan Lingkungan Daring',
      'Pengaduan Pencemaran',
    ],
    indicators: [
      'Indeks Kualitas Lingkungan Hidup',
      'Jumlah stasiun pemantau kualitas udara',
      'Persentase aduan pencemaran yang ditindaklanjuti',
    ],
    outputs: [
      'stasiun pemantau kualitas udara waktu nyata',
      'pemantauan kualitas air di sungai utama',
      'perizinan lingkungan daring',
    ],
    problems: [
      'pencemaran sungai oleh limbah domestik dan industri',
      'data kualitas udara yang tidak tersedia harian',
      'alih fungsi ruang terbuka hijau',
    ],
    owners: ['dlh', 'dpupr'],
    budgetCodes: ['2.11.02', '2.11.04', '2.11.06'],
    track: 'infrastruktur',
  },
  'sampah-limbah': {
    topics: [
      'bank sampah',
      'tempat pemrosesan akhir',
      'pengangkutan sampah',
      'IPAL komunal',
      'ekonomi sirkular',
    ],
    themes: [
      'Bank Sampah Digital',
      'Pemantauan Armada Pengangkut Sampah',
      'Pengelolaan TPA Regional',
      'IPAL Komunal Terpantau',
      'Retribusi Sampah Nontunai',
    ],
    indicators: [
      'Persentase sampah yang terkelola',
      'Jumlah nasabah bank sampah digital',
      'Persentase armada pengangkut terpantau GPS',
    ],
    outputs: [
      'aplikasi bank sampah yang dipakai desa',
      'armada pengangkut dengan GPS',
      'dasbor timbulan sampah per kecamatan',
    ],
    problems: [
      'TPA yang mendekati kapasitas',
      'pengangkutan sampah yang tidak terjadwal',
      'pemilahan sampah di sumber yang rendah',
    ],
    owners: ['dlh', 'disperakim'],
    budgetCodes: ['2.11.09', '2.11.10', '1.03.03'],
    track: 'infrastruktur',
  },
  energi: {
    topics: [
      'PLTS atap',
      'penerangan jalan umum hemat energi',
      'efisiensi energi gedung',
      'desa mandiri energi',
      'kendaraan listrik',
    ],
    themes: [
      'PLTS Atap Gedung Pemerintah',
      'PJU Cerdas',
      'Manajemen Energi Gedung',
      'Desa Mandiri Energi',
      'Stasiun Pengisian Kendaraan Listrik',
    ],
    indicators: [
      'Kapasitas PLTS terpasang',
      'Penghematan energi gedung pemerintah',
      'Jumlah desa mandiri energi',
    ],
    outputs: [
      'PLTS atap di gedung pemerintah',
      'PJU hemat energi yang dipantau jarak jauh',
      'audit energi gedung perkantoran',
    ],
    problems: [
      'tagihan listrik gedung pemerintah yang tinggi',
      'PJU boros energi',
      'desa terpencil yang belum teraliri listrik andal',
    ],
    owners: ['desdm', 'dpupr', 'dishub'],
    budgetCodes: ['3.29.04', '2.15.02', '3.29.03'],
    track: 'infrastruktur',
  },
};

/** The topic of an element; a general one for an element the banks do not know. */
export function elementTopic(elementId: string): ElementTopic {
  return TOPICS[elementId] ?? TOPICS['pelayanan-publik']!;
}

/** Every element the banks know. */
export const KNOWN_ELEMENTS = Object.keys(TOPICS);
