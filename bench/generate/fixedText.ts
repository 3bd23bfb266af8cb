/** Text that plans write the same way: the list of legal bases and the missions. */
import type { ListElement } from '../../src/core/model/richtext.ts';
import type { ProseScope } from './sentences.ts';

const LAWS: [group: string, items: string[]][] = [
  [
    'Undang-Undang:',
    [
      'Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;',
      'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024;',
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;',
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;',
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah;',
      'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;',
      'Undang-Undang Nomor 59 Tahun 2024 tentang Rencana Pembangunan Jangka Panjang Nasional Tahun 2025–2045.',
    ],
  ],
  [
    'Peraturan Pemerintah dan Peraturan Presiden:',
    [
      'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;',
      'Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik;',
      'Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan;',
      'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;',
      'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;',
      'Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital dan Keterpaduan Layanan Digital Nasional.',
    ],
  ],
  [
    'Peraturan Menteri:',
    [
      'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah;',
      'Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah;',
      'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik;',
      'Peraturan Menteri Komunikasi dan Informatika Nomor 1 Tahun 2024 tentang Penyelenggaraan Layanan Pusat Data Nasional.',
    ],
  ],
];

/** Laws, regulations and regional rules as a numbered list with one nested list per group. */
export function legalBasis(scope: ProseScope): ListElement {
  const regional: [string, string[]] = [
    'Peraturan Daerah dan Peraturan Kepala Daerah:',
    [
      `Peraturan Daerah ${scope.region} tentang Rencana Pembangunan Jangka Menengah Daerah Tahun ${scope.period.start}–${scope.period.end};`,
      `Peraturan ${scope.leader} tentang Sistem Pemerintahan Berbasis Elektronik di ${scope.region};`,
      `Peraturan ${scope.leader} tentang Satu Data ${scope.region}.`,
    ],
  ];
  return {
    type: 'numbered-list',
    children: [...LAWS, regional].map(([group, items]) => ({
      type: 'list-item',
      children: [
        { type: 'paragraph', children: [{ text: group }] },
        {
          type: 'numbered-list',
          children: items.map((item) => ({
            type: 'list-item',
            children: [{ type: 'paragraph', children: [{ text: item }] }],
          })),
        },
      ],
    })),
  };
}

/** Five missions of the plan as a numbered list. */
export function missions(scope: ProseScope): ListElement {
  const texts = [
    `Mewujudkan tata kelola pemerintahan ${scope.region} yang bersih, melayani, dan berbasis data;`,
    'Menyediakan layanan publik digital yang terpadu, inklusif, dan menjangkau seluruh wilayah;',
    'Memperkuat ekonomi daerah yang berdaya saing melalui pemanfaatan teknologi bagi UMKM, pariwisata, dan industri;',
    'Membangun masyarakat yang cakap digital, aman, dan berpartisipasi aktif dalam pembangunan;',
    'Mengelola lingkungan hidup, sampah, dan energi secara bertanggung jawab dan berkelanjutan.',
  ];
  return {
    type: 'numbered-list',
    children: texts.map((text) => ({
      type: 'list-item',
      children: [{ type: 'paragraph', children: [{ text }] }],
    })),
  };
}
