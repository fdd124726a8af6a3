/**
 * Shape catalogue (round 25, r25p): a year's programme, quota or need stated in the present is a target of that year.
 * A programme of projects (安排/实施重点项目N个，总投资…，年度计划投资…; 其中新开工…、续建…), a quota handed down or
 * accepted (下达我县…任务N; 任务是…; 承担…任务N), a need prepared for (需种子N吨，已到位K吨) and a plan's growth from
 * a base year (以2020年为基点，…增长1倍) are the year's aims; the progress beside them (已开工, 完成投资…占年度计划的N%,
 * 已完成, 已到位, 1-6月) and a past year's programme reported done are results.
 * One invented passage per shape, each with the reading the corpus README's conventions give it: `T value unit year`
 * for a target, `A value unit` for a result, in text order.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import type { Plan } from '../model.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T value unit year` (a target) or `A value unit` (a result), in text order. */
function roles(plan: Plan): string[] {
  return [
    ...plan.targets.map((t) => ({ at: t.span[0], s: `T ${t.value}${t.unit ?? ''} ${t.year}` })),
    ...plan.actuals.map((a) => ({ at: a.span[0], s: `A ${a.value}${a.unit ?? ''}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((e) => e.s);
}

/** A dateline that dates a news page in 2024, before each passage. */
const NEWS = '某县重点工作新闻\n2024-07-15 09:30\n';

const CATALOGUE: [string, string, string[]][] = [
  // (1) a programme of projects for the year
  [
    'g1 今年 安排 N个, 总投资, 年度计划投资',
    '今年，全县安排重点项目120个，总投资560亿元，年度计划投资150亿元。',
    ['T 120个 2024', 'T 560亿元 2024', 'T 150亿元 2024'],
  ],
  [
    'g2 实施 N项 … 其中新开工、续建',
    '2024年全市实施重点项目85项，总投资420亿元，年度计划投资98亿元，其中新开工项目40项、续建项目45项。',
    ['T 85项 2024', 'T 420亿元 2024', 'T 98亿元 2024', 'T 40项 2024', 'T 45项 2024'],
  ],
  [
    'g3 programme parts inside a half-year progress report (其中：…；…)',
    '上半年，全县重点项目完成投资60亿元，占年度计划的55%，其中：续建项目52个，总投资300亿元，年度计划投资80亿元，1-6月完成投资45亿元；新开工项目38个，总投资120亿元，年度计划投资30亿元，1-6月完成投资15亿元。',
    ['A 60亿元', 'A 55%', 'T 52个 2024', 'T 300亿元 2024', 'T 80亿元 2024', 'A 45亿元', 'T 38个 2024', 'T 120亿元 2024', 'T 30亿元 2024', 'A 15亿元'],
  ],
  [
    'g4 a count before its noun after a result clause (；45个新开工项目，年度计划投资…)',
    '1-5月，全区重点项目完成投资40亿元；45个新开工项目，年度计划投资22亿元，已开工30个。',
    ['A 40亿元', 'T 45个 2024', 'T 22亿元 2024', 'A 30个'],
  ],
  ['g5 Traditional repost, 宗', '2024年，我縣安排重點項目60宗，總投資300億元，年度投資計劃80億元。', ['T 60宗 2024', 'T 300亿元 2024', 'T 80亿元 2024']],
  ['g6 计划开复工 N个, 其中新开工、续建', '今年全市计划开复工项目200个，其中新开工项目90个，续建项目110个。', ['T 200个 2024', 'T 90个 2024', 'T 110个 2024']],
  ['g7 计划一季度完成投资', '今年交通建设全面提速。公路方面，计划一季度完成投资8亿元。', ['T 8亿元 2024']],
  [
    'g8 the programme by field, a paragraph after it',
    '2024年，全省实施省重点项目300项，总投资1.2万亿元。\n从领域看，产业项目150项，总投资6000亿元，年度计划投资900亿元。',
    ['T 300项 2024', 'T 1.2万亿元 2024', 'T 150项 2024', 'T 6000亿元 2024', 'T 900亿元 2024'],
  ],
  [
    'g9 10亿元以上项目 inside a programme',
    '今年全市重点项目280个，总投资2000亿元，其中10亿元以上项目60个。',
    ['T 280个 2024', 'T 2000亿元 2024', 'T 60个 2024'],
  ],
  [
    'g10 a goal naming a programme and its stage counts (目标任务为…项目N个，完工M个)',
    '今年交通建设目标任务已经明确，目标任务为全市交通项目60个，完工25个，计划总投资40亿元。',
    ['T 60个 2024', 'T 25个 2024', 'T 40亿元 2024'],
  ],
  ['g11 力争 then a programme and its starts', '今年力争实施重点项目50个，开工30个。', ['T 50个 2024', 'T 30个 2024']],
  // (2) quotas handed down or accepted
  ['q1 省里下达…任务 N、M', '省里下达我县全年粮食播种面积任务95万亩、产量6.2亿斤。', ['T 95万亩 2024', 'T 6.2亿斤 2024']],
  [
    'q2 下达…任务N，已完成M；second quota after ；',
    '今年市下达我区新建高标准农田任务2万亩，已完成2.1万亩；改造任务5000亩，已完成5200亩。',
    ['T 2万亩 2024', 'A 2.1万亩', 'T 5000亩 2024', 'A 5200亩'],
  ],
  ['q3 任务是 N，M', '今年上级下达生猪出栏任务是50万头，能繁母猪存栏2.8万头。', ['T 50万头 2024', 'T 2.8万头 2024']],
  ['q4 分解下达…目标任务', '今年，分解下达各乡镇造林目标任务3.5万亩。', ['T 3.5万亩 2024']],
  ['q5 承担…任务N，已完成M', '今年，我县承担国家储备林建设任务1.2万亩，已完成8000亩。', ['T 1.2万亩 2024', 'A 8000亩']],
  // (3) needs and preparations
  ['n1 需种子、化肥，已到位', '今年全县备春耕需种子1200吨、化肥3.5万吨，已到位种子900吨。', ['T 1200吨 2024', 'T 3.5万吨 2024', 'A 900吨']],
  ['n2 需检修…，已检修', '今年全县需检修农机具8000台，已检修5600台，检修率70%。', ['T 8000台 2024', 'A 5600台', 'A 70%']],
  ['n3 Traditional 需要…，已到戶', '今年全市需要農藥300噸，已到戶120噸。', ['T 300吨 2024', 'A 120吨']],
  [
    'n4 a need after a result clause of its sentence (；需化肥…，已到位…)',
    '今年全市备春耕计划投入资金30亿元，已筹集20亿元，达到66%；需化肥2万吨，已到位1.2万吨。',
    ['T 30亿元 2024', 'A 20亿元', 'A 66%', 'T 2万吨 2024', 'A 1.2万吨'],
  ],
  ['q6 a second quota after ； whose name is 任务是', '今年县下达春播任务8万亩，已完成6万亩；秋播任务是5万亩。', ['T 8万亩 2024', 'A 6万亩', 'T 5万亩 2024']],
  // (4) a plan's growth from a base year
  ['b1 以2020年为基点，增长1倍', '到2025年，以2020年为基点，全市接待游客人次增长1倍，旅游总收入增长80%。', ['T 1倍 2025', 'T 80% 2025']],
  ['b2 以…为基数，新增超过N个', '到2025年，以2022年为基数，新增A级景区超过15个。', ['T 15个 2025']],
  // must-not-fire neighbours
  ['x1 the programme progress', '截至6月底，全县重点项目已开工95个，开工率90%，完成投资80亿元，占年度计划的52%。', ['A 95个', 'A 90%', 'A 80亿元', 'A 52%']],
  ['x2 a past year programme reported done', '去年，全县实施重点项目100个，完成投资120亿元。', ['A 100个', 'A 120亿元']],
  ['x3 累计完成', '今年以来，全县累计完成投资300亿元。', ['A 300亿元']],
  ['x4 money handed down', '今年已下达各类补助资金500万元。', ['A 500万元']],
  ['x5 实际完成, 完成任务的', '实际完成粮食播种面积96万亩，完成任务的101%。', ['A 96万亩', 'A 101%']],
  ['x6 共完成…任务', '上半年共完成造林任务3.6万亩。', ['A 3.6万亩']],
  [
    'x8 a programme part whose progress comes before its planned investment',
    '1-6月，全区重点项目完成投资50亿元；续建项目已开工40个，年度计划投资20亿元。',
    ['A 50亿元', 'A 40个', 'T 20亿元 2024'],
  ],
  [
    'x9 a second clause after ； that reports work done, not a quota',
    '今年县下达春播任务8万亩，已完成6万亩；完成秋播任务5万亩。',
    ['T 8万亩 2024', 'A 6万亩', 'A 5万亩'],
  ],
  ['x10 a measure whose name holds 需 (化学需氧量) stays the result', '去年全市化学需氧量排放量下降3.5%。', ['A 3.5%']],
  ['x11 所需: what a thing needed, in a past year’s report, no need of the year', '去年建成项目5个，所需资金3亿元已全部到位。', ['A 5个']],
  ['x12 将 then a programme and its starts already made', '今年将实施重点项目50个，已开工30个。', ['T 50个 2024', 'A 30个']],
  ['x13 a goal word before a programme whose progress 已 reports', '为确保全年目标，全市重点项目80个，已竣工20个。', ['T 80个 2024', 'A 20个']],
  ['x7 需求 is no need stated', '上半年全市物流需求增长8%。', ['A 8%']],
];

/**
 * Shapes the reader does not read yet (the report says why), each pinned to the reading it gives today: a fix turns it red
 * (move it up), and so does a break of another kind.
 */
const PENDING: Record<string, string[]> = {
  // A programme sentence without the year's planned investment (实施…N项，总投资…。) is not yet read as the plan's.
  g8: ['A 300项', 'A 1.2万亿元', 'T 150项 2024', 'T 6000亿元 2024', 'T 900亿元 2024'],
};
describeShapeCatalogue('catalogue r25p: a year’s programme, quota or need is a target of that year', CATALOGUE, PENDING, (text) =>
  roles(extractPlan(NEWS + text)),
);
