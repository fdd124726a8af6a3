import type { RegionLevel } from '../model.ts';

/** A region the reader can recognise in a document, with the region one level up. */
export interface RegionEntry {
  name: string;
  /** The name as documents shorten it: 六安 for 六安市. */
  short: string;
  level: RegionLevel;
  parent?: string;
}

const CITIES_OF_ANHUI = [
  '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆',
  '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城',
];

const DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  六安市: ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县'],
  宿州市: ['埇桥区', '砀山县', '萧县', '灵璧县', '泗县'],
};

/**
 * The regions of the seed documents and their neighbours (Anhui's province, its 16 cities, and
 * the districts/counties of 六安 and 宿州). Data, so another province is a list away.
 */
export const REGIONS: readonly RegionEntry[] = [
  { name: '安徽省', short: '安徽', level: 'province' },
  ...CITIES_OF_ANHUI.map((short) => ({ name: `${short}市`, short, level: 'city' as const, parent: '安徽省' })),
  ...Object.entries(DISTRICTS).flatMap(([city, names]) =>
    names.map((name) => ({
      name,
      short: name.length > 2 ? name.slice(0, -1) : name,
      level: 'district' as const,
      parent: city,
    })),
  ),
];

export function findRegion(name: string): RegionEntry | undefined {
  return REGIONS.find((r) => r.name === name || r.short === name);
}
