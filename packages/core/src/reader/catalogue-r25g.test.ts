/**
 * Shape catalogue (round 25, r25g): the issuer's region on texts nobody has tuned for. The issuer named in a headline, a
 * dateline, a byline or a signature; 我县 with one county named; a county-level city speaking while its prefecture is named
 * as its parent; words run into a region's suffix (安排市, 部署县, 所小区), which name no region (corpus Decisions 18, 24:
 * region 不详, read as none); places inside project, road and event names, a place named in passing, a higher government
 * quoted, a roundup (全国). One invented passage per shape, each with the region the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { extractPlan } from './extract.ts';

const regionOf = (text: string): string | null => extractPlan(text, {}).region || null;

const CATALOGUE: [name: string, text: string, region: string | null][] = [
  // The issuer named in a headline, dateline, byline or signature.
  ['1a headline opens with the county', '青田县2025年政府工作要点\n全县地区生产总值增长6%，新增城镇就业3000人。', '青田县'],
  ['1b dateline 本报讯 with the county', '本报讯（记者 李华）1月8日，宁远县召开全县经济工作会议。会议提出，今年全县地区生产总值增长6.5%。', '宁远县'],
  ['1c byline of the county media centre', '来源：武义县融媒体中心\n今年，全县计划新开工重大项目50个，完成固定资产投资120亿元。', '武义县'],
  ['1d signature of the county government office', '今年全县新增城镇就业2000人，城镇调查失业率控制在5%以内。\n\n光泽县人民政府办公室\n2024年3月1日', '光泽县'],
  ['1e 我县 with the one county named', '我县今年计划实施重点项目80个。会上，桃源县县长指出，全县要确保完成投资150亿元。', '桃源县'],
  ['1f Traditional headline of a county-level city', '臺山市2024年政府工作報告摘要\n全市地區生產總值增長6%。', '台山市'],
  // A county-level city (县级市) speaking while its prefecture is named as the parent.
  ['2a prefecture glued before its county-level city', '岳阳市临湘市召开2024年经济工作会议\n会议提出，全市地区生产总值增长6%。', '临湘市'],
  ['2b prefecture short name before the county-level city', '衡阳常宁市：2024年全市新签约项目60个\n全市地区生产总值增长6.5%。', '常宁市'],
  [
    '2c prefecture as superior of the speaking county-level city',
    '在衡阳市委、市政府的坚强领导下，常宁市坚持稳中求进。今年全市地区生产总值增长6%，常宁市将新开工项目40个。',
    '常宁市',
  ],
  ['2d banner under its league', '兴安盟扎赉特旗2024年政府工作报告\n全旗地区生产总值增长6%。', '扎赉特旗'],
  // A junk run before a region suffix never names a region.
  ['3a verb before 市 at a headline start (安排市)', '2025年安排市重点项目300个，年度计划投资200亿元。其中续建项目120个。', null],
  ['3b verb before 县 at a headline start (部署县)', '部署县重点工作12项，全年新增就业1500人。', null],
  ['3c column tag before a real county-level city', '最新丨文昌市发布2024年目标\n全市地区生产总值增长7%。', '文昌市'],
  ['3d count of districts (两区三县)', '两区三县2024年共安排项目120个，总投资300亿元。', null],
  ['3e event words run together before 县', '深化改革座谈会召开县重点项目推进会\n今年全县计划开工项目40个。', null],
  ['3f 小区 is a compound, not a district', '所小区改造完成。今年全区计划改造老旧小区30个。', null],
  ['3g verb before a known county-level city', '征求廉江市意见：全市地区生产总值增长6%。', '廉江市'],
  // Places inside project names, roads, events and sites are no evidence.
  ['4a road section named after a county', '今年全县推进G205国道宁国段改造，计划完成投资5亿元，新改建农村公路100公里。', null],
  ['4b park named after a city', '今年全区计划在苏州工业园区招引项目20个，完成投资30亿元。', null],
  ['4c event named after a city', '我市组团参加2024杭州西湖博览会，今年全市计划接待游客500万人次。', null],
  // Must-not-fire neighbours.
  ['5a a place mentioned once in passing', '今年全县与义乌市签订合作协议，计划新引进项目30个，完成投资50亿元，地区生产总值增长6%。', null],
  [
    '5b a higher government quoted by a county text',
    '涟水县2024年政府工作报告\n省政府工作报告提出全省地区生产总值增长5%。今年全县地区生产总值增长6%。',
    '涟水县',
  ],
  ['5c a roundup of provinces', '全国31个省份2025年GDP目标出炉：广东省增长5%左右，江苏省增长5%以上，浙江省增长5.5%左右。', '全国'],
  ['5d a known county that is not the issuer in a headline tag', '今年全市计划实施项目120个。会上，市长听取了汇报。\n\n来源：某某网', null],
  // The gate keeps every well-formed name outside the list.
  ['6a an old name before 撤市设区 (吴江市, now 吴江区)', '吴江市2011年政府工作报告\n全市地区生产总值增长12%。', '吴江市'],
  ['6b a new area named whole (兰州新区)', '兰州新区2024年工作要点\n全区地区生产总值增长10%。', '兰州新区'],
  ['6c 市中区 read as its city suffix and 中区', '乐山市市中区2024年政府工作报告\n全区地区生产总值增长6%。', '市中区'],
  ['6d a shared district name (鼓楼区) opening the headline', '鼓楼区2024年政府工作报告\n全区地区生产总值增长6%。', '鼓楼区'],
  ['6e verb before 市 in a Traditional repost (部署市)', '部署市重點工作10項，全年新增就業1萬人。', null],
];

/**
 * Shapes not read yet, each with the region read today (pinned: a fix or a break of another kind turns it red). 4c and 5a
 * (a region named once inside an event's name or as a partner) are read since r26g: none pending.
 */
const PENDING: Record<string, string | null> = {};
describeShapeCatalogue("shape catalogue r25g: the issuer's region", CATALOGUE, PENDING, regionOf);
