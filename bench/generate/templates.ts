/**
 * Sentence templates by theme. Slots in braces are filled by sentences.ts from the
 * plan's region, places, agencies, element topic and the phrase banks.
 */

export type Theme =
  | 'context'
  | 'condition'
  | 'problem'
  | 'target'
  | 'strategy'
  | 'governance'
  | 'finance'
  | 'data'
  | 'infrastructure'
  | 'coordination'
  | 'monitoring'
  | 'closing';

/** Templates of each theme. */
export const TEMPLATES: Record<Theme, string[]> = {
  context: [
    'Transformasi digital pemerintahan di {region} tidak dapat dipisahkan dari agenda pembangunan daerah yang tertuang dalam RPJMD {yearStart}–{yearEnd}.',
    'Sebagai bagian dari Gerakan Menuju Smart City, {region} memandang teknologi informasi sebagai sarana, bukan tujuan, untuk memperbaiki {service} dan layanan publik lainnya.',
    'Perkembangan {topic} dalam lima tahun terakhir menunjukkan bahwa warga semakin terbiasa berinteraksi dengan pemerintah melalui kanal digital.',
    'Pemerintah daerah telah memulai sejumlah inisiatif digital, antara lain {platform} dan {platform2}, namun inisiatif tersebut masih berjalan dalam lingkup perangkat daerah masing-masing.',
    'Kebijakan nasional melalui {regulation} memberi arah yang jelas bagi daerah untuk membangun layanan digital yang terpadu.',
    'Dengan jumlah penduduk yang terus bertambah dan harapan warga yang meningkat, {region} memerlukan cara kerja baru yang lebih cepat, terbuka, dan terukur.',
    'Pengalaman penanganan pandemi dan bencana beberapa tahun terakhir memperlihatkan pentingnya {dataset} yang mutakhir dan dapat dibagi pakai antarinstansi.',
    'Dimensi {dimension} menjadi salah satu tumpuan untuk mewujudkan visi daerah karena menyentuh langsung kehidupan sehari-hari warga.',
    'Di tingkat {unit}, kesiapan digital sangat beragam: {place} telah memiliki rencana induk yang ditetapkan, sementara {place2} baru memulai penilaian kesiapan.',
    'Rencana induk ini disusun agar seluruh inisiatif tersebut bergerak ke arah yang sama, dengan ukuran keberhasilan yang disepakati bersama.',
    'Kemajuan di bidang {topic} juga didorong oleh keterlibatan {stakeholder} yang semakin aktif dalam beberapa tahun terakhir.',
    'Tantangan pembangunan daerah ke depan menuntut keterpaduan antara perencanaan, penganggaran, dan pelaksanaan program lintas sektor.',
  ],
  condition: [
    'Berdasarkan data {opdAbbr} tahun {yearBefore}, sekitar {pct} {service} telah dapat diajukan secara daring.',
    'Saat ini terdapat {count} aplikasi yang dikelola perangkat daerah, dan baru sebagian kecil yang terhubung melalui {platform}.',
    'Cakupan {infra} telah menjangkau {pct} wilayah, dengan konsentrasi di kawasan perkotaan dan pusat kegiatan ekonomi.',
    'Hasil survei kepuasan masyarakat tahun {yearBefore} menempatkan layanan {topic} pada nilai {decimal} dari skala empat.',
    'Di {place}, {topic} sudah berjalan dengan baik dan dapat menjadi contoh bagi {unit} lain.',
    'Pemanfaatan {platform} meningkat dari {num} pengguna pada tahun {yearBefore2} menjadi {num2} pengguna pada tahun {yearBefore}.',
    'Pengelolaan {topic} masih bertumpu pada pencatatan manual di tingkat unit kerja, sehingga data baru tersedia beberapa minggu setelah kegiatan berlangsung.',
    '{opd} telah menyusun standar operasional prosedur untuk {service}, namun penerapannya belum seragam di seluruh unit layanan.',
    'Indeks SPBE daerah berada pada nilai {decimal}, dengan domain kebijakan internal sebagai domain terkuat dan domain layanan sebagai domain yang masih perlu ditingkatkan.',
    'Jumlah pengaduan masyarakat terkait {topic} yang tercatat sepanjang tahun {yearBefore} mencapai {num} aduan, {pct} di antaranya ditindaklanjuti tepat waktu.',
    'Sebanyak {count} desa dan kelurahan telah memanfaatkan {platform} untuk melayani warga, terutama untuk {service}.',
    'Belanja TIK yang dapat ditelusuri pada APBD tahun {yearBefore} mencapai {rupiah}, tersebar pada lebih dari {count} kegiatan di berbagai perangkat daerah.',
  ],
  problem: [
    'Permasalahan utama yang dihadapi adalah {issue}.',
    'Di lapangan masih ditemukan {problem}, yang berdampak langsung pada kepuasan warga.',
    'Kendala lain adalah {issue}, sehingga manfaat investasi TIK belum dirasakan secara optimal.',
    'Perangkat daerah belum memiliki mekanisme bersama untuk mengatasi {problem}.',
    'Tanpa penanganan yang terencana, {problem} akan semakin berat seiring bertambahnya jumlah penduduk dan kebutuhan layanan.',
    'Keterbatasan anggaran pemeliharaan menyebabkan sebagian aplikasi tidak lagi dimutakhirkan setelah masa kontrak pengembangannya berakhir.',
    'Koordinasi antara provinsi dan {unit} dalam urusan {topic} masih bersifat insidental dan belum didukung data bersama.',
    'Kapasitas {opdAbbr} dalam mengelola {platform} belum sebanding dengan jumlah layanan yang harus didukung.',
    'Sebagian warga di {place} masih harus menempuh perjalanan jauh untuk memperoleh {service}.',
    'Ketiadaan indikator yang seragam menyulitkan pimpinan menilai capaian {topic} antarwilayah.',
  ],
  target: [
    'Pada akhir tahun {yearEnd}, ditargetkan {pct} {service} dapat diselesaikan sepenuhnya secara daring.',
    'Sasaran yang ingin dicapai adalah {benefit}, yang diukur melalui indikator {indicator}.',
    'Indikator {indicator} ditargetkan meningkat secara bertahap dari tahun {yearStart} sampai {yearEnd}.',
    'Seluruh {unit} diharapkan telah terhubung dengan {platform} paling lambat tahun {yearMid}.',
    'Rencana induk menetapkan target {count} {output} pada akhir periode perencanaan.',
    'Keberhasilan elemen {element} akan tampak dari {benefit} yang dirasakan langsung oleh warga.',
    'Target tahunan disusun realistis dengan mempertimbangkan kapasitas anggaran dan sumber daya manusia perangkat daerah.',
    'Pada tahun {yearMid}, {pct2} data prioritas ditargetkan telah tersedia dalam format terbuka dan bermetadata.',
  ],
  strategy: [
    'Strategi yang ditempuh adalah membangun {platform} sebagai fondasi bersama, lalu menghubungkan layanan perangkat daerah secara bertahap.',
    'Pendekatan yang dipilih mengutamakan pemanfaatan aplikasi umum dan layanan nasional sebelum membangun aplikasi baru.',
    '{opd} berperan sebagai penggerak utama, dengan dukungan {opd2} dalam penyiapan data dan proses bisnis.',
    'Kemitraan dengan {stakeholder} dan {stakeholder2} dikembangkan untuk mempercepat adopsi {topic}.',
    'Setiap program yang diusulkan wajib menyebutkan kebutuhan data, kebutuhan infrastruktur, dan rencana pemeliharaannya sejak tahap perencanaan.',
    'Strategi ini dijalankan melalui program {theme} yang dirancang dapat direplikasi oleh {unit} lain.',
    'Penguatan kapasitas SDM dilakukan melalui pelatihan berjenjang, pendampingan, dan sertifikasi kompetensi bagi pengelola {platform}.',
    'Inovasi yang telah berhasil di {place} akan diperluas ke wilayah lain dengan penyesuaian terhadap kondisi setempat.',
    'Pengembangan dilakukan secara bertahap dan iteratif, dimulai dari layanan dengan jumlah pengguna terbesar dan manfaat paling nyata.',
    'Program {code} menjadi pintu masuk, karena hasilnya dapat dirasakan warga dalam waktu singkat dan menjadi contoh bagi program lainnya.',
    'Prinsip satu data, satu peta, dan satu akun warga menjadi pegangan dalam setiap pengembangan sistem baru.',
    'Keterlibatan {stakeholder} dalam uji coba layanan memastikan bahwa aplikasi yang dibangun sesuai dengan kebutuhan pengguna.',
  ],
  governance: [
    'Dewan Smart City yang diketuai {leader} menetapkan arah kebijakan, sedangkan Tim Pelaksana lintas perangkat daerah mengawal pelaksanaan program sehari-hari.',
    'Sekretariat smart city berkedudukan di {opdAbbr} dan bertugas menghimpun laporan kemajuan program setiap triwulan.',
    'Setiap perangkat daerah menunjuk seorang koordinator smart city yang bertanggung jawab atas program dan data di lingkungannya.',
    'Penilaian kesesuaian dengan arsitektur SPBE dilakukan sebelum usulan anggaran aplikasi baru disetujui.',
    'Forum smart city melibatkan {stakeholder}, {stakeholder2}, dan perwakilan warga untuk memberi masukan atas rancangan program.',
    'Mekanisme ini menjamin bahwa keputusan tentang investasi TIK diambil secara terkoordinasi dan tidak lagi tersebar.',
    'Pembagian peran antara provinsi dan {unit} ditetapkan secara tertulis agar tidak terjadi tumpang tindih kewenangan.',
    'Komitmen pimpinan daerah dituangkan dalam {leaderRegulation} tentang penyelenggaraan smart city.',
  ],
  finance: [
    'Kebutuhan pendanaan program pada elemen {element} diperkirakan mencapai {rupiah} selama periode rencana.',
    'Sumber pendanaan tidak hanya berasal dari APBD, tetapi juga dari APBN, DAK, KPBU, CSR, dan dana hibah.',
    'Skema kerja sama pemerintah dengan badan usaha dipertimbangkan untuk {infra}, karena investasinya besar dan manfaatnya berjangka panjang.',
    'Program yang berdampak langsung pada dunia usaha didorong untuk memanfaatkan dana CSR melalui forum tanggung jawab sosial perusahaan.',
    'Biaya pemeliharaan dan lisensi dianggarkan sejak awal agar layanan tetap berjalan setelah tahun pertama.',
    'Penandaan belanja smart city dalam SIPD memudahkan penelusuran anggaran dan evaluasi capaian setiap tahun.',
    'Pembiayaan bersama antara provinsi dan {unit} dijajaki untuk program yang manfaatnya lintas wilayah, seperti {theme}.',
  ],
  data: [
    'Walidata di {opdAbbr} memastikan setiap set data memiliki metadata, kode referensi, dan jadwal pemutakhiran yang jelas.',
    'Data prioritas seperti {dataset} dan {dataset2} diterbitkan melalui portal Satu Data agar dapat dipakai ulang oleh perangkat daerah lain.',
    'Pertukaran data antaraplikasi dilakukan melalui antarmuka pemrograman aplikasi yang terdaftar pada {platform}.',
    'Kode wilayah Kemendagri dan nomor induk kependudukan menjadi kunci penghubung antarset data.',
    'Kualitas data diperiksa setiap triwulan oleh forum data, dan hasilnya diumumkan kepada pimpinan perangkat daerah.',
    'Pelindungan data pribadi dijalankan sesuai {regulation}, termasuk pembatasan akses dan pencatatan setiap penggunaan data.',
    'Dasbor capaian {indicator} disusun dari data operasional, bukan dari laporan yang diketik ulang.',
  ],
  infrastructure: [
    '{infraCap} menjadi prasyarat bagi layanan digital yang andal di seluruh wilayah.',
    'Pembangunan {infra} dilakukan bertahap, dimulai dari kantor perangkat daerah dan fasilitas layanan publik yang paling ramai.',
    'Command center memantau {topic}, laporan warga, dan kejadian darurat, serta menyajikannya kepada pimpinan dalam satu layar.',
    'Pusat data daerah diarahkan untuk terhubung dengan Pusat Data Nasional, sementara aplikasi yang kritis disiapkan rencana pemulihannya.',
    'Keamanan informasi dikelola dengan standar, termasuk uji penetrasi berkala, pemantauan insiden, dan sertifikat elektronik bagi aparatur.',
    'Pemanfaatan menara telekomunikasi bersama dan jaringan utilitas terpadu mengurangi biaya dan gangguan terhadap ruang kota.',
    'Di {place}, keterbatasan jaringan diatasi dengan kerja sama bersama operator telekomunikasi dan program BAKTI.',
  ],
  coordination: [
    'Provinsi berperan memfasilitasi {unit} yang belum memiliki rencana induk, terutama melalui bimbingan teknis dan pendampingan penilaian kesiapan.',
    'Program sejenis di beberapa {unit}, misalnya {theme}, dapat digabungkan menjadi program bersama agar lebih efisien.',
    '{place} dan {place2} sepakat berbagi {infra} sehingga investasi tidak perlu dilakukan dua kali.',
    'Rapat koordinasi smart city tingkat provinsi diselenggarakan setiap semester dengan mengundang seluruh {unit}.',
    'Aplikasi umum yang dikembangkan provinsi ditawarkan kepada {unit} tanpa biaya lisensi, disertai pelatihan bagi pengelolanya.',
    'Integrasi data antara provinsi dan {unit} dilakukan melalui standar data dan kode referensi yang sama.',
  ],
  monitoring: [
    'Capaian setiap program dipantau melalui indikator kinerja dengan baseline dan target tahunan yang telah disepakati.',
    'Laporan triwulanan disusun oleh Tim Pelaksana dan dibahas dalam rapat evaluasi bersama {opdAbbr}.',
    'Hasil evaluasi tahunan menjadi masukan bagi RKPD dan rencana kerja perangkat daerah tahun berikutnya.',
    'Evaluasi oleh Kementerian Komunikasi dan Digital dimanfaatkan untuk membandingkan capaian daerah dengan daerah lain.',
    'Program yang tidak mencapai target dua tahun berturut-turut ditinjau ulang ruang lingkup dan pendanaannya.',
    'Warga dapat memantau kemajuan program melalui dasbor publik yang dimutakhirkan setiap bulan.',
  ],
  closing: [
    'Dengan langkah-langkah tersebut, {element} diharapkan memberikan manfaat nyata berupa {benefit}.',
    'Keberhasilan rencana ini bergantung pada konsistensi pelaksanaan dan dukungan seluruh pemangku kepentingan.',
    'Uraian lebih rinci tentang program dan pembiayaannya disajikan pada bagian berikutnya.',
    'Arah kebijakan ini akan ditinjau setiap tahun agar tetap sesuai dengan perkembangan teknologi dan kebutuhan warga.',
    'Hal ini sejalan dengan komitmen {region} untuk mewujudkan pemerintahan yang melayani dan berdaya saing.',
  ],
};
