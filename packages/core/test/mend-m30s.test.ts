/**
 * Mend m30s (round 30, review30s of s30): the probes review30s.md ran through s30's widened cue lists — bounds (逾, 超出,
 * 不突破, 至多, 不足, 不到, 及以下, 之内, 将近, 约为…), striving words (力求, 务必, 努力实现…), 计划 + a verb of work, result cues
 * (截至当前, 迄今, 据调度, 数据表明…, 上一年), measure words (尾, 棵, 延米, 架次, 班次, 艘, 架) and 首季. The striving words are a
 * plan's only with the figure they aim at in their own clause (or the colon of a list) and never with 了 (力求稳中求进，…,
 * 努力完成各项任务，…, 努力实现了…); 数据表明/统计表明 only with a figure in their sentence; 计划实现… (the round's new verbs) not
 * after 按/按照; 上一年 not as a base (在上一年基础上). Findings are each marked; the rest are passes kept as must-not-fire
 * cases. Invented passages only (松川县, 东湖市, 云岭省, 白沙镇, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    'a02 review 努力实现了 (finding, mended: 努力实现了 in a review)',
    '东湖市2024年政府工作报告\n2023年，全市上下努力实现了经济回升向好，地区生产总值达到1200亿元，增长5.8%。',
    ['A level 1200亿元 2023', 'A growth 5.8% 2023'],
  ],
  [
    'a05 review 力求 (finding, mended: 力求 as the manner of a year reviewed)',
    '东湖市2023年工作总结\n一年来，我们力求稳中求进，全市固定资产投资增长8%，社会消费品零售总额达到600亿元。',
    ['A growth 8% 2023', 'A level 600亿元 2023'],
  ],
  [
    'v08 力求 news (finding, mended: 力求 in news of the year so far)',
    '东湖市召开全市经济工作会议\n2023-12-25\n会议指出，今年以来，全市力求稳中求进，地区生产总值增长5.5%。',
    ['A growth 5.5% 2023'],
  ],
  [
    'a09 summary 努力完成 (finding, mended: 努力完成各项任务 in a summary)',
    '松川县2023年工作总结\n全县干部群众努力完成各项任务，全年新建农村公路120公里。',
    ['A increment 120公里 2023'],
  ],
  [
    'a13 按计划实现 (finding, mended: 按计划实现 in a summary)',
    '东湖市2023年工作总结\n全年按计划实现通车里程80公里，新增停车位3000个。',
    ['A level 80公里 2023', 'A increment 3000个 2023'],
  ],
  [
    'r02 在上一年基础上 plan (finding, mended: 在上一年基础上 in a plan)',
    '东湖市“十四五”教育发展规划\n到2025年，每年在上一年基础上新增学位5000个，学前教育毛入园率达到95%。',
    ['T increment = 5000个 2025', 'T share >= 95% 2025'],
  ],
  ['v05 在上一年的基础上 (finding, mended: 在上一年的基础上)', '东湖市2024年工作要点\n全市在上一年的基础上新增学位5000个。', ['T increment = 5000个 2024']],
  [
    'r08 数据表明 then plan (finding, mended: 数据表明 with no figure)',
    '松川县2024年工作要点\n数据表明，我县消费潜力巨大。全年社会消费品零售总额增长7%。',
    ['T growth = 7% 2024'],
  ],
  [
    'v01b 将近 in a 统计公报 (both wrong, pending)',
    '东湖市2023年国民经济和社会发展统计公报\n全年全市常住人口将近300万人。全年粮食产量52万吨。',
    ['A level 300万人 2023', 'A level 52万吨 2023'],
  ],
  [
    'b01 不得少于 (pass)',
    '松川县2024年工作要点\n全年新建村级综合服务站不得少于30个，每个站点面积不得少于200平方米。',
    ['T increment >= 30个 2024', 'T level >= 200平方米 2024'],
  ],
  ['b02 原则上不少于/均不少于 (pass)', '东湖市2024年工作方案\n各县区新增托位均不少于500个。', ['T increment >= 500个 2024']],
  ['b04 不到位 then figure (pass)', '松川县2024年工作要点\n针对落实不到位问题，全年整改问题120个。', ['T count = 120个 2024']],
  [
    'b07 逾 plan increment (pass)',
    '松川县2024年工作要点\n全年新增就业逾5000人，新增市场主体超过3000户。',
    ['T increment > 5000人 2024', 'T increment > 3000户 2024'],
  ],
  ['b09 3年之内 duration (pass)', '东湖市2024年工作方案\n力争在3年之内建成区域医疗中心，今年新增床位500张。', ['T increment = 500张 2024']],
  [
    'b10 之内 ceiling (pass)',
    '松川县2024年工作要点\n居民消费价格涨幅控制在3%之内，城镇调查失业率控制在5.5%以内。',
    ['T growth <= 3% 2024', 'T share <= 5.5% 2024'],
  ],
  ['b11 3岁及以下 (pass)', '东湖市2024年工作要点\n为3岁及以下婴幼儿新增托位2000个。', ['T increment = 2000个 2024']],
  ['b12 县级及以下 (pass)', '云岭省2024年卫生健康工作要点\n县级及以下医疗机构新增床位3000张。', ['T increment = 3000张 2024']],
  ['b13 不到 result (pass)', '松川县2023年工作总结\n全县用时不到3年建成产业园，全年引进企业25家。', ['A count 25家 2023']],
  ['b16 约为 share (pass)', '松川县2024年工作要点\n研发投入强度约为2.5%，新增高新技术企业20家。', ['T share ~ 2.5% 2024', 'T increment = 20家 2024']],
  ['b18 超出 plan level (pass)', '松川县2024年工作要点\n全年粮食产量超出60万吨，新增高标准农田5万亩。', ['T level > 60万吨 2024', 'T increment = 5万亩 2024']],
  [
    'a01 review 奋力完成了 (pass)',
    '松川县2024年政府工作报告\n一、2023年工作回顾\n过去一年，我们奋力完成了全年主要目标任务，地区生产总值增长6.2%，一般公共预算收入完成18亿元。',
    ['A growth 6.2% 2023', 'A level 18亿元 2023'],
  ],
  [
    'a04 plan 努力实现 (pass)',
    '松川县2024年工作要点\n努力实现地区生产总值增长6.5%，城镇新增就业5000人。',
    ['T growth = 6.5% 2024', 'T increment = 5000人 2024'],
  ],
  [
    'a06 plan 务必 (pass)',
    '松川县2024年安全生产工作要点\n务必实现生产安全事故起数下降10%，死亡人数控制在5人以内。',
    ['T growth = 10% 2024', 'T level <= 5人 2024'],
  ],
  [
    'a07 news 力保完成 in news of progress (pass)',
    '东湖市重点项目建设加快推进\n2024-08-15\n1-7月，全市完成投资320亿元，完成年计划的62%。下一步，力保完成全年投资550亿元。',
    ['A level 320亿元 2024/1-7', 'A share 62% 2024/1-7', 'T level = 550亿元 2024'],
  ],
  [
    'a10 计划新建 news progress (pass)',
    '东湖市城建工作稳步推进\n2024-09-10\n今年计划新建的30个口袋公园已全部开工，目前已建成18个。',
    ['T increment = 30个 2024', 'A increment 18个 2024'],
  ],
  [
    'a11 完成年度计划新建任务 (pass)',
    '松川县保障房建设进展\n2024-10-12\n1-9月，全县已完成年度计划新建任务的85%，开工保障性住房1200套。',
    ['A share 85% 2024/1-9', 'A count 1200套 2024/1-9'],
  ],
  [
    'a14 计划培训 plan (pass)',
    '白沙镇2024年工作要点\n全年计划培训新型职业农民500人次，计划举办农民丰收节活动3场。',
    ['T count = 500人次 2024', 'T count = 3场 2024'],
  ],
  ['r01 比上一年 (pass)', '松川县2024年工作要点\n全年地区生产总值比上一年增长6%，城乡居民收入较上一年增长7%。', ['T growth = 6% 2024', 'T growth = 7% 2024']],
  ['r03 上一年度 review (pass)', '松川县2024年工作要点\n上一年度全县完成造林3万亩。今年新增造林4万亩。', ['A count 3万亩 2023', 'T increment = 4万亩 2024']],
  [
    'r05 迄今 news (pass)',
    '松川县光伏产业发展迅速\n2024-05-20\n迄今，全县已建成光伏电站12座，装机容量达到50万千瓦。',
    ['A count 12座 2024', 'A level 50万千瓦 2024'],
  ],
  [
    'r09 到目前为止 news (pass)',
    '云岭省农村公路建设提速\n2024-10-20\n到目前为止，全省新改建农村公路8000公里，年底前将完成1万公里。',
    ['A level 8000公里 2024', 'T count = 1万公里 2024'],
  ],
  ['u01 架 框架 (pass)', '松川县2024年工作要点\n构建“1+3”政策框架，全年新建5G基站300个。', ['T increment = 300个 2024']],
  ['u02 10千伏架空 (pass)', '东湖市2024年电网建设工作方案\n改造10千伏架空线路200公里，新建变电站3座。', ['T level = 200公里 2024', 'T increment = 3座 2024']],
  ['u03 尾矿库 (pass)', '云岭省2024年安全生产工作要点\n全年治理尾矿库12座，关闭3座。', ['T count = 12座 2024', 'T count = 3座 2024']],
  ['u04 放流鱼苗 尾以上 (pass)', '松川县2024年渔业工作要点\n增殖放流鱼苗300万尾以上，新建渔船码头2个。', ['T count >= 300万尾 2024', 'T increment = 2个 2024']],
  ['u05 棵 trees (pass)', '白沙镇2024年工作要点\n义务植树5万棵，新增绿地20亩。', ['T count = 5万棵 2024', 'T increment = 20亩 2024']],
  ['u06 延米 canal (pass)', '白沙镇2024年水利工作要点\n修建灌溉水渠5000延米、机耕路3公里。', ['T level = 5000延米 2024', 'T level = 3公里 2024']],
  ['u09 架 drones (pass)', '东湖市2024年农业工作要点\n新增植保无人机200架，机械化率达到80%。', ['T increment = 200架 2024', 'T share >= 80% 2024']],
  ['u10 班次 (pass)', '东湖市2024年交通工作要点\n新开城乡公交线路10条，日均开行300班次以上。', ['T count = 10条 2024', 'T count >= 300班次 2024']],
  [
    'q01 首季 result (pass)',
    '松川县首季经济开局良好\n2024-04-20\n首季，全县地区生产总值增长6.1%，规上工业增加值增长8%。',
    ['A growth 6.1% null/1-3', 'A growth 8% null/1-3'],
  ],
  ['q02 首季度 in plan (pass)', '东湖市2024年工作要点\n确保首季度地区生产总值增长6%，全年增长6.5%。', ['T growth = 6% 2024', 'T growth = 6.5% 2024']],
  [
    'q02b 一季度 in plan (compare) (pass)',
    '东湖市2024年工作要点\n确保一季度地区生产总值增长6%，全年增长6.5%。',
    ['T growth = 6% 2024', 'T growth = 6.5% 2024'],
  ],
  [
    'v02 不突破 工作要点 (pass)',
    '东湖市2024年工作要点\n政府债务余额不突破120亿元，全年一般公共预算收入增长6%。',
    ['T level <= 120亿元 2024', 'T growth = 6% 2024'],
  ],
  [
    'v05b 每年比上一年 plan (pass)',
    '松川县“十四五”农业发展规划\n到2025年，粮食产量每年比上一年增加1万吨，达到60万吨。',
    ['T increment = 1万吨 2025', 'T level >= 60万吨 2025'],
  ],
  [
    'v07 努力完成了 review section (pass)',
    '松川县2024年政府工作报告\n一、2023年工作回顾\n全县上下努力完成了全年任务，新建农村公路120公里。',
    ['A increment 120公里 2023'],
  ],
  ['v10 力求 plan (pass)', '东湖市2024年工作要点\n力求全年地区生产总值增长6%，规上工业增加值增长8%。', ['T growth = 6% 2024', 'T growth = 8% 2024']],
  ['v12 奋力实现 plan 2025 (pass)', '东湖市“十四五”规划\n奋力实现到2025年地区生产总值达到2000亿元。', ['T level >= 2000亿元 2025']],
];

const PENDING: Record<string, string[]> = {
  v01b: ['T level ~ 300万人 2023', 'T level = 52万吨 2023'], // right: a 统计公报's figures are results; 将近 (a comparator, no 将 of the future) still turns the text to a plan — the same text with 接近 reads results (before the change the same, by 近)
};

describeShapeCatalogue('mend m30s', CATALOGUE, PENDING, read);
