/** Values of "fields" sections (approval page, key figures), by field id and type. */
import type { CellValue } from '../../src/core/model/project.ts';
import type { FieldDef } from '../../src/core/template/types.ts';
import type { Random } from './random.ts';

export interface FieldsRequest {
  fields: FieldDef[];
  existing: Record<string, CellValue>;
  /** "Gubernur", "Bupati", "Wali Kota". */
  leader: string;
  regionName: string;
  signatory: string;
  date: string;
  regencies: number;
}

const REGULATION_TYPE: Record<string, string> = {
  Gubernur: 'pergub',
  Bupati: 'perbup',
  'Wali Kota': 'perwali',
};

function known(id: string, request: FieldsRequest, random: Random): CellValue | undefined {
  switch (id) {
    case 'regulationType':
      return REGULATION_TYPE[request.leader] ?? 'rancangan';
    case 'regulationNumber':
      return `${random.int(10, 80)} Tahun ${request.date.slice(0, 4)}`;
    case 'adoptedOn':
      return request.date;
    case 'signatoryName':
      return request.signatory;
    case 'signatoryTitle':
      return `${request.leader} ${request.regionName.replace(/^(Provinsi|Kabupaten|Kota) /, '')}`;
    case 'regencies':
      return request.regencies;
    case 'villages':
      return random.int(200, 8600);
    case 'districts':
      return random.int(10, 40);
    case 'hdi':
      return random.int(7000, 8200) / 100;
    case 'economicGrowth':
      return random.int(350, 620) / 100;
    case 'povertyRate':
      return random.int(400, 1100) / 100;
    case 'spbeIndex':
      return random.int(250, 390) / 100;
    case 'apbdTotal':
      return random.int(20, 280) * 100_000_000_000;
    default:
      return undefined;
  }
}

function byType(field: FieldDef, random: Random): CellValue | undefined {
  const min = field.min ?? 0;
  const max = field.max ?? 1000;
  switch (field.type) {
    case 'integer':
      return random.int(min, max);
    case 'decimal':
    case 'percentage':
      return random.int(min * 100, max * 100) / 100;
    case 'rupiah':
      return random.int(1, 100) * 1_000_000_000;
    case 'choice':
      return field.options?.[0]?.id;
    case 'boolean':
      return true;
    default:
      return undefined;
  }
}

/** The values: what the project already has, then known ids, then a value of the field's type. */
export function fieldValues(request: FieldsRequest, random: Random): Record<string, CellValue> {
  const values: Record<string, CellValue> = { ...request.existing };
  for (const field of request.fields) {
    if (values[field.id] !== undefined) continue;
    const value = known(field.id, request, random) ?? byType(field, random);
    if (value !== undefined) values[field.id] = value;
  }
  return values;
}
