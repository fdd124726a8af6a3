/**
 * The files `pnpm fuzz` mutates: the seeded sample sheets, a few generated ones that hold what
 * the mutations need (merges, shared strings, a CSV, an OLE2 file), and the real workbooks of
 * the fixture set when it is present (tests/fixtures/real/README.md says where it lives).
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkbook } from '@mubiao/xlsx';
import { makeCfb } from '../../packages/xlsx/test/cfb-maker.ts';
import type { Kind } from './mutate.ts';
import { realFixtureFiles } from '../fixtures/real/location.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SeedFile {
  name: string;
  kind: Kind;
  bytes: Uint8Array;
}

export function kindOf(name: string, bytes: Uint8Array): Kind {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'cfb';
  return /\.csv$/i.test(name) ? 'csv' : 'xlsx';
}

export { realFixtureFiles, realFixturesDir } from '../fixtures/real/location.ts';

const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];

function generated(): SeedFile[] {
  const tasks = writeWorkbook([
    {
      name: '重点任务分解表',
      rows: [
        ['《金安区2023年度工业发展要点》重点任务分解表', null, null, null, null],
        HEADER,
        [1, '稳定增长', '规上工业增加值同比增长12%以上，技改投资增长15%以上。', '区经信局', '区统计局'],
        ['', '', '工业投资同比增长20%以上。', '', ''],
        [2, '培育企业', '力争新增规上工业企业25家以上。', '区经信局', ''],
        ['', '', '培育省级专精特新企业**家。', '', ''],
      ],
      merges: ['A1:E1', 'B3:B4'],
    },
    {
      name: '指标',
      rows: [
        ['指标', '单位', '全年目标', '1-6月完成'],
        ['规上工业增加值增速', '%', 11, 5.2],
        ['新增规上工业企业', '户', 150, 60],
      ],
    },
  ]);
  const csv = new TextEncoder().encode(
    `${HEADER.join(',')}\n1,稳定增长,"技改投资增长15%以上，""工业投资""增长20%以上。",区经信局,\n,,新增规上工业企业25户以上。,,\n`,
  );
  return [
    { name: 'generated-tasks.xlsx', kind: 'xlsx', bytes: tasks },
    { name: 'generated-tasks.csv', kind: 'csv', bytes: csv },
    { name: 'generated-encrypted.xlsx', kind: 'cfb', bytes: makeCfb(['EncryptionInfo', 'EncryptedPackage']) },
  ];
}

/** The seed corpus, in a fixed order (a case's seed file is chosen by index). */
export function seedCorpus(includeReal = true): SeedFile[] {
  const seeds: SeedFile[] = ['seeds/sheets/jinan-2023-tasks.xlsx', 'seeds/sheets/luan-2023-progress.xlsx'].map((path) => {
    const bytes = new Uint8Array(readFileSync(join(root, path)));
    return { name: path.split('/').pop()!, kind: 'xlsx', bytes };
  });
  const real = includeReal
    ? realFixtureFiles().map((path): SeedFile => {
        const bytes = new Uint8Array(readFileSync(path));
        const name = path.split('/').pop()!;
        return { name, kind: kindOf(name, bytes), bytes };
      })
    : [];
  return [...seeds, ...generated(), ...real];
}

export const extensionFor = (kind: Kind, name: string) => (kind === 'csv' ? '.csv' : extname(name).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx');
