/** The regional agencies (OPD) of a generated plan: ids the element banks refer to. */
import type { Opd } from '../../src/core/model/project.ts';

const AGENCIES: [id: string, name: string, abbr: string][] = [
  ['diskominfo', 'Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['setda', 'Sekretariat Daerah', 'Setda'],
  ['inspektorat', 'Inspektorat Daerah', 'Inspektorat'],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['bapenda', 'Badan Pendapatan Daerah', 'Bapenda'],
  ['dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['dinkes', 'Dinas Kesehatan', 'Dinkes'],
  ['rsud', 'Rumah Sakit Umum Daerah', 'RSUD'],
  ['disdik', 'Dinas Pendidikan dan Kebudayaan', 'Disdikbud'],
  ['arpusda', 'Dinas Kearsipan dan Perpustakaan', 'Arpusda'],
  ['dishub', 'Dinas Perhubungan', 'Dishub'],
  ['dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR'],
  ['disperakim', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Disperakim'],
  ['dlh', 'Dinas Lingkungan Hidup', 'DLH'],
  ['desdm', 'Dinas Energi dan Sumber Daya Mineral', 'Dinas ESDM'],
  ['disparbud', 'Dinas Pariwisata dan Kebudayaan', 'Disparbud'],
  ['disperindag', 'Dinas Perindustrian dan Perdagangan', 'Disperindag'],
  ['diskopumdag', 'Dinas Koperasi dan Usaha Kecil Menengah', 'Diskop UKM'],
  ['distanbun', 'Dinas Pertanian dan Perkebunan', 'Distanbun'],
  ['dkp', 'Dinas Kelautan dan Perikanan', 'DKP'],
  ['disnakertrans', 'Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans'],
  ['dinsos', 'Dinas Sosial', 'Dinsos'],
  ['dispermades', 'Dinas Pemberdayaan Masyarakat dan Desa', 'Dispermades'],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD'],
  ['satpol-pp', 'Satuan Polisi Pamong Praja', 'Satpol PP'],
  ['kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol'],
];

/** The OPD list of a generated plan. */
export function generatedOpdList(): Opd[] {
  return AGENCIES.map(([id, name, abbr]) => ({ id, name, abbr }));
}
