/**
 * Shape catalogue (round 26, r26g): which plan applies — the issuer's region and level on texts nobody tuned for. A sheet
 * checked against the wrong city's plan must not pass, and a wrong region is worse than none (read as 不详), so each shape
 * below says a region only where the text's own words stand behind it, and the must-not-fire passages name a place that
 * is not the issuer. Invented passages; each gives the region and level read (corpus README Decisions 18, 24, 29–34).
 */
import { regionAt as at, regionReadingOf as readingOf, type RegionReading as Reading } from '../../test/region-reading.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';

const CATALOGUE: [name: string, text: string, reading: Reading][] = [
  // 1. A municipality (北京, 天津, 上海, 重庆) speaking with a city's scope words: a province in the model.
  [
    '1a 全市 under a municipality whose government issues the plan',
    '天津市政府近日印发今年重点工作安排。今年全市地区生产总值增长4.5%左右，天津将新增城镇就业38万人。',
    at('天津市', 'province'),
  ],
  [
    '1b a municipal bureau (北京市…局) and 全市',
    '北京市商务局日前披露，今年全市社会消费品零售总额增长5%左右。北京将推动重点商圈改造提升，新培育首店800家。',
    at('北京市', 'province'),
  ],
  [
    "1c the municipality's paper as the source of a roundup of its districts",
    '来源：重庆日报\n新年伊始，全市各区县陆续召开两会。重庆各区县今年地区生产总值增长6%左右，重庆将新开工项目500个。',
    at('重庆市', 'province'),
  ],
  ['1d must not fire: a city that deals with Beijing', '今年全市计划赴北京招商10次，对接北京高校20所，新签约项目50个。', at(null, 'city')],
  // 2. Regions named as often as each other: none is the speaker unless the text tells them apart.
  [
    '2a two cities named once each, far into the text',
    '今年全市计划新引进项目50个，固定资产投资增长8%，新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。招商方面，瞄准合肥的新能源企业和南京的软件企业。',
    at(null, 'city'),
  ],
  // (2b reads as before this round — the first named — now only because it is named in the text's first third.)
  [
    "2b the city a page's breadcrumb names, beside partners named as often",
    '江苏信保>连云港>金融资讯\n今年全市计划实施重点项目200个，完成投资600亿元，会议还通报了与泰州、无锡的合作情况，今年新增合作项目20个，合作园区营业收入增长10%以上。',
    at('连云港市', 'city'),
  ],
  [
    '2c the city whose districts a progress report names',
    '今年全市一般公共预算收入增长6%以上，重点项目完成投资150亿元。合肥信息学院新校区开工建设，金安区完成投资50亿元，裕安区完成投资40亿元，叶集区完成投资20亿元，六安城区改造持续推进。',
    at('六安市', 'city'),
  ],
  [
    '2d a county kept by its short form beside a district in a list of links',
    '桉退蔗进 融水加强耕地撂荒治理\n时间：2024-10-14 来源：广西壮族自治区农业农村厅\n9月27日，融水苗族自治县秋植蔗现场会在和睦镇举行，推动全县蔗糖产业高质量发展。今年融水将扩大糖料蔗良种覆盖面，融水力争全县有蔗面积达到8万亩。2024年融水苗族自治县完成清桉面积7000亩。\n最新资讯\n热门资讯\n-致忻州市忻府区人民政府的一封信2020-07-02\n-致忻州市忻府区民政局的一封信2020-07-02',
    at('融水苗族自治县', 'district'),
  ],
  [
    '2e congresses of several cities named alike: the city the roundup keeps quoting',
    '河南多市两会陆续召开，开封市第十六届人民代表大会第四次会议、焦作市第十四届人民代表大会第三次会议同日开幕。漯河GDP预期目标为7%以上，漯河目标高于其他市，漯河将突出产业转型。',
    at('漯河市', 'city'),
  ],
  ['2f a prefecture whose name opens with 开', '开封市第十六届人民代表大会第四次会议开幕，今年全市地区生产总值增长6%左右。', at('开封市', 'city')],
  [
    '2g must not fire: a county-level city naming a neighbour once keeps its own name',
    '今年全市地区生产总值增长6%，樟树市将新开工项目40个，樟树市新增规上工业企业30家，宜春市下达的目标全面完成，樟树市与丰城市共建产业园。',
    at('樟树市', 'district'),
  ],
  // 3. Words that look like scope words but rank the speaker or name no bureau.
  [
    "3a 区域发展新格局 is no district's bureau",
    '辽宁省就全面振兴新突破三年行动进行新闻发布，提出区域发展形成新格局。辽宁省2025年地区生产总值增速超过全国水平，辽宁将实现全面振兴新突破。',
    at('辽宁省', 'province'),
  ],
  [
    '3b 率先在全区 ranks a league among the autonomous region',
    '兴安盟率先在全区召开旅游发展大会，兴安盟提出到2025年旅游业总收入达150亿元，扎赉特旗新建景区2个，扎赉特旗旅游收入增长20%，兴安盟将新增旅游就业10万人。',
    at('兴安盟', 'city'),
  ],
  ['3c must not fire: a rank frame (位于岳阳前列) names no speaker', '今年全市地区生产总值增长7%，主要经济指标增速位于岳阳前列。', at(null, 'city')],
  // 4. A region named once inside a body's, a site's or a spirit's name is no line of descent.
  [
    "4a a site's name (中国西藏网) over a district's news",
    '中国西藏网>即时新闻>民生\n北京市海淀区将加快教育设施建设，计划新增中小学学位3.6万个。海淀区是北京市的教育大区，北京市海淀区将新建学校20所。',
    at('海淀区', 'district'),
  ],
  [
    "4b a spirit named after a city (延安精神) in a province's plan",
    '《陕西省国民经济和社会发展第十四个五年规划纲要》发布，延安精神进一步弘扬，陕西地区生产总值达到3.6万亿元。',
    at('陕西省', 'province'),
  ],
  // 5. Names written otherwise than the gazetteer's full name.
  [
    '5a a municipal district written whole, then by its short form',
    '政府招商平台财政高额扶持\n全国免费咨询\n上海崇明区概况\n崇明区由崇明岛、长兴岛、横沙岛三岛组成，崇明作为生态战略空间，是上海重要的生态屏障，崇明将建成世界级生态岛，南与江苏太仓隔水相望，北与江苏海门一衣带水。',
    at('崇明区', 'district'),
  ],
  [
    '5b the congress written 人大 before its term',
    '韩城绘就“十三五”蓝图\n近日，韩城市人大十七届五次会议召开，把韩城建设成为百万人口区域性中心城市、陕西省新增长极，陕西将予以支持。韩城市确定的主要指标是：到2020年，生产总值达到800亿元，常住人口达到100万。',
    at('韩城市', 'district'),
  ],
  [
    "5c a prefecture's one-character short form (哈市), spelt out too",
    '生活报讯 哈市将打造城乡一体的森林生态系统，这是记者从哈市发改委获悉的。到2023年，哈尔滨市将规划森林经营面积400万亩。',
    at('哈尔滨市', 'city'),
  ],
  ['5d must not fire: 上市 and 超市 are words', '今年全市新增上市企业5家，新建社区超市100个，上海市场拓展取得新成效。', at(null, 'city')],
  [
    "5e a provincial paper's single 我省 in one city's story",
    '2022年，哈市计划开工重点项目496个。抓住我省大力扶持数字经济的机遇，哈尔滨将推进云计算中心建设，哈尔滨新区加快建设，为哈尔滨市高质量发展增添后劲。',
    at('哈尔滨市', 'city'),
  ],
  [
    '5f must not fire: a province that says 我省 again and again',
    '今年我省将支持哈尔滨建设区域中心城市，哈尔滨新区加快建设，哈尔滨冰雪经济发展壮大。我省地区生产总值增长5.5%左右。',
    at('黑龙江省', 'province'),
  ],
  // 6. Papers, numbers and headings that name the issuer.
  [
    "6a a county's paper heading the page over 我县",
    '秀山电子报\n我县持续提升农村供水保障能力，到2027年农村自来水普及率达到98%，我县将新建供水工程20处。',
    at('秀山土家族苗族自治县', 'district'),
  ],
  [
    "6b a provincial department's document number",
    '鲁农产业字〔2020〕5号\n确保到2025年，我省乡村产业振兴取得重大突破，全省创建100个以上省级现代农业产业园。',
    at('山东省', 'province'),
  ],
  [
    "6c a roundup page's section heading in brackets",
    '北京十六区2024年将干这些事\n【延庆区】\n延庆2024年经济社会发展主要预期目标是：地区生产总值增长6%。推动出台北京市无人驾驶航空示范区方案，北京将支持延庆建设。',
    at('延庆区', 'district'),
  ],
  // 7. Roundups: the nation, or the province whose places a provincial paper sums up.
  [
    '7a ministries issuing a national plan together',
    '国家发展改革委、教育部等二十一部门联合印发《“十四五”公共服务规划》，到2025年学前教育毛入园率达到90%以上。',
    at('全国', 'national'),
  ],
  [
    "7b must not fire: a province's departments issuing together",
    '省发展改革委、省教育厅等10部门联合印发行动方案，到2025年全省学前教育毛入园率达到92%以上。',
    at(null, 'province'),
  ],
  [
    "7c 31 provinces' targets, one province's congress quoted",
    '31省份今年增速目标揭晓\n四川省第十四届人民代表大会第四次会议开幕，四川将经济增长目标定在6%左右。江苏、浙江、山东等省份将经济增长目标定在5%以上。',
    at('全国', 'national'),
  ],
  [
    "7d a provincial paper's roundup of its places (宁夏各地)",
    '重点项目建设忙 宁夏各地争分夺秒加油干\n银川市储备项目1241个，银川市年度计划投资1121亿元。石嘴山市已谋划储备项目547个，石嘴山市年度计划投资487亿元，全区一季度开工项目523个。',
    at('宁夏回族自治区', 'province'),
  ],
  [
    "7e must not fire: a series title over one city's story",
    '河北各地新蓝图|唐山：现代化沿海强市加速崛起\n唐山市今年集中开工重点项目154个，唐山市计划总投资573.9亿元，唐山将加快建设沿海强市。',
    at('唐山市', 'city'),
  ],
  // 8. Parks named after a place are no issuer (Decisions 30).
  [
    '8a must not fire: parks named after a district and its city',
    '今年我区签约项目108个，其中碧江高新区签约项目41个，铜仁高新区签约项目30个，铜仁高新区引进优强企业16家。',
    at(null, 'district'),
  ],
  // 9. A town's government named with its county (Decisions 34): the town speaks, no list of towns needed.
  [
    "9a a town's government signing the text",
    '今年全镇新建农村公路10公里，新增城镇就业500人。\n\n宁远县青山镇人民政府\n2025年1月10日',
    at('青山镇', 'district'),
  ],
  [
    "9b a street's office opening a notice's title",
    '宁远县东溪街道办事处关于印发2025年工作要点的通知\n今年全街道新增就业岗位300个，改造老旧小区5个。',
    at('东溪街道', 'district'),
  ],
  [
    '9c must not fire: towns addressed by a county',
    '各镇人民政府、街道办事处，县直各单位：\n现将《宁远县2025年重点工作》印发给你们。今年全县地区生产总值增长6%。',
    at('宁远县', 'district'),
  ],
  [
    "9d must not fire: a town's government a reply is addressed to",
    '宁远县人民政府关于同意青山镇2025年重点项目计划的批复\n青山镇人民政府：\n你镇《关于审批2025年重点项目计划的请示》收悉。今年全县安排重点项目120个。',
    at('宁远县', 'district'),
  ],
];

/**
 * Shapes not read yet, each with the reading today (pinned: a fix or a break of another kind turns it red). (5e, a provincial
 * paper's single 我省 in one city's story, is read since round 27: the province's scope words written once in all are no
 * province speaking, catalogue r27y 3a; a province's own 今年我省要支持岳阳… writes them more.)
 */
// 1c (m26g): a paper named as the source is no municipality speaking (来源：北京日报 over 承接北京疏解项目 is another city's).
const PENDING: Record<string, Reading> = { '1c': at(null, 'city') };

describeShapeCatalogue("shape catalogue r26g: the issuer's region and level", CATALOGUE, PENDING, readingOf);
