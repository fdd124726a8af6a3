/**
 * Mend m30x (round 30, review30x of r30x): the probes review30x.md ran through SUBJECT_THEN_OWN_MEASURE (subjectOfProgressSum
 * widened to any things counted opening a clause, then a measure of their own and its figure). The things counted are the
 * figure's scope only where the figure is of all of them: a bar each passes (超过, 突破, 高于 before the figure, 以上 after it)
 * counts those that pass it (10个乡镇地区生产总值超过50亿元), unless 均/都/全部/分别 says all of them do (6个县GDP均突破…); a
 * count after a group named just before (38所学校中，20所学校…) counts a part. Findings are each marked; the rest are passes kept
 * as must-not-fire cases. Invented passages only (青禾县, 某市, 某省, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    'p01 plan 到2025年 30家企业营业收入突破10亿元 (both wrong, pending)',
    '青禾县“十四五”工业发展规划\n到2025年，30家企业营业收入突破10亿元。',
    ['T count = 30家 2025', 'T level > 10亿元 2025'],
  ],
  [
    'p02 noun first 新增规上企业12家，产值突破 (pass)',
    '青禾县2025年工业工作要点\n今年，新增规上企业12家，产值突破50亿元。',
    ['T increment = 12家 2025', 'T level > 50亿元 2025'],
  ],
  [
    'p03 建成5G基站1200个、投资3亿元 (pass)',
    '青禾县2025年新基建工作方案\n今年，建成5G基站1200个、投资3亿元。',
    ['T count = 1200个 2025', 'T level = 3亿元 2025'],
  ],
  [
    'p04 培育30家专精特新企业、营收增长15% (pass)',
    '青禾县2025年工业工作要点\n今年，培育30家专精特新企业、营收增长15%。',
    ['T count = 30家 2025', 'T growth = 15% 2025'],
  ],
  [
    'p07 15家企业研发投入占比超过5%: firms passing a bar (finding, mended)',
    '青禾县2024年科技工作总结\n2024年，新增高新技术企业35家，15家企业研发投入占比超过5%。',
    ['A increment 35家 2024', 'A increment 15家 2024', 'A share 5% 2024'],
  ],
  [
    'p08 Traditional 培育30家專精特新企業 (pass)',
    '青禾縣2025年工業工作要點\n到2025年，培育30家專精特新企業，營收增長15%。',
    ['T count = 30家 2025', 'T growth = 15% 2025'],
  ],
  [
    'p09 到2027年 10个乡镇GDP超过50亿元 (finding, mended)',
    '青禾县2023—2027年镇域经济发展行动方案\n到2027年，10个乡镇地区生产总值超过50亿元。',
    ['T count = 10个 2027', 'T level > 50亿元 2027'],
  ],
  ['p12 确保5个乡镇税收超过1亿元 (finding, mended)', '青禾县2025年财税工作要点\n确保5个乡镇税收超过1亿元。', ['T count = 5个 2025', 'T level > 1亿元 2025']],
  [
    'p13 3个县5G覆盖率达到100% after a verb clause (pass)',
    '某市2024年通信发展情况\n2024年，全市新增5G基站1200个，3个县5G网络覆盖率达到100%。',
    ['A increment 1200个 2024', 'A increment 3个 2024', 'A share 100% 2024'],
  ],
  ['p17 13条河流水质达标率为100% (pass, scope)', '青禾县2024年生态环境状况公报\n2024年，全县13条河流水质达标率为100%。', ['A share 100% 2024']],
  [
    'p18 38所学校中，20所学校优良率达到90%: a part of a group (finding, mended)',
    '青禾县2024年教育工作总结\n2024年，全县38所学校中，20所学校体质健康优良率达到90%。',
    ['A count 20所 2024', 'A share 90% 2024'],
  ],
  [
    'p19 3个项目投资均超过10亿元 (pass, scope by 均)',
    '青禾县2024年项目建设情况\n2024年，全县实施重点项目60个，3个项目投资均超过10亿元。',
    ['A count 60个 2024', 'A level 10亿元 2024'],
  ],
  [
    'p20 12家免税店销售额 (pass, scope)',
    '某省2024年商务工作总结\n2024年，全省12家免税店销售额580.9亿元，增长12%。',
    ['A level 580.9亿元 2024', 'A growth 12% 2024'],
  ],
  [
    'p21 1-11月 8家水泥企业产量 (pass, scope)',
    '青禾县2024年1-11月工业运行简况\n1-11月，8家水泥企业产量320万吨，增长5%。',
    ['A level 320万吨 2024/1-11', 'A growth 5% 2024/1-11'],
  ],
  [
    'p22 新建4座光伏电站，总装机 (pass)',
    '青禾县2025年能源工作要点\n今年，新建4座光伏电站，总装机20万千瓦。',
    ['T increment = 4座 2025', 'T level = 20万千瓦 2025'],
  ],
  [
    'p24 300户家庭农场销售收入超过10万元 (finding, mended)',
    '青禾县2024年乡村振兴工作总结\n2024年，全县1200户脱贫户人均纯收入增长12%，300户家庭农场销售收入超过10万元。',
    ['A count 1200户 2024', 'A growth 12% 2024', 'A count 300户 2024', 'A level 10万元 2024'],
  ],
  [
    'p25 新引进项目30个，20个项目投资超过5亿元 (pass)',
    '青禾县2025年招商工作要点\n今年，新引进亿元以上项目30个，20个项目投资超过5亿元。',
    ['T count = 30个 2025', 'T level > 5亿元 2025'],
  ],
  [
    'p28 5个乡镇税收超过1亿元 in a review (finding, mended)',
    '青禾县2024年财政工作总结\n2024年，5个乡镇税收超过1亿元，12个乡镇税收增长10%以上。',
    ['A count 5个 2024', 'A level 1亿元 2024', 'A count 12个 2024', 'A growth 10% 2024'],
  ],
  [
    'p30 60个行政村中，45个村覆盖率达到100% (finding, mended)',
    '青禾县2025年工作要点\n今年，全县60个行政村中，45个村生活垃圾分类覆盖率达到100%。',
    ['T count = 45个 2025', 'T share >= 100% 2025'],
  ],
  [
    'p31 8个园区产值10亿元以上: bar after the figure (finding, mended)',
    '青禾县2024年工业工作总结\n2024年，8个园区产值10亿元以上。',
    ['A count 8个 2024', 'A level 10亿元 2024'],
  ],
  ['p32 3个县光伏总装机超过: a total of them, scope (pass)', '某州2025年能源工作要点\n今年，3个县光伏总装机超过200万千瓦。', ['T level > 200万千瓦 2025']],
  [
    'p33 5个乡镇一般公共预算收入超过1亿元: no measure of the list (pass)',
    '青禾县2024年财政工作总结\n2024年，5个乡镇一般公共预算收入超过1亿元。',
    ['A count 5个 2024', 'A level 1亿元 2024'],
  ],
  [
    'p34 138个续建项目投资不低于: a floor of the whole, scope (pass)',
    '青禾县2025年重点项目工作要点\n今年，138个续建项目投资不低于349亿元。',
    ['T level >= 349亿元 2025'],
  ],
  ['p35 25个水源地达标率为100% (pass, scope)', '青禾县2024年水利工作总结\n2024年，25个水源地水质达标率为100%。', ['A share 100% 2024']],
  [
    'p36 Traditional review 5個鄉鎮稅收超過1億元 (finding, mended)',
    '青禾縣2024年財政工作總結\n2024年，5個鄉鎮稅收超過1億元。',
    ['A count 5个 2024', 'A level 1亿元 2024'],
  ],
];

const PENDING: Record<string, string[]> = {
  p01: ['T level > 10亿元 2025'], // right: T count = 30家 (the firms to pass the bar) and the bar — the round-27 projects/firms path (SUBJECT_THEN_PROGRESS_SUM) takes 企业营业收入突破 as scope, before the change the same
};

describeShapeCatalogue('mend m30x', CATALOGUE, PENDING, read);
