/**
 * The cue words of the grammar, as data. README.md § Comparators / Kinds / Roles documents the
 * same tables for people; keep the two in step.
 */
import { matchesOf } from './matches.ts';
import type { Comparator } from '../model.ts';
import { stopFinder } from './stop-finder.ts';

/** Words after the number (and unit) that bind it. */
export const POST_COMPARATORS: ReadonlyArray<readonly [word: string, comparator: Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  // 2家(含)以上, 5个（含）以下: the bound said inclusive in brackets, as 及以上.
  ['(含)以上', '>='],
  ['（含）以上', '>='],
  ['(含)以下', '<='],
  ['（含）以下', '<='],
  ['以下', '<='],
  // 3座及以下, 控制在3天之内: the ceiling's other spellings, as 以下 and 以内.
  ['及以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
  // 下降3%前后, 5000人之上: 左右 and 以上 in other words a writer uses.
  ['前后', '~'],
  ['之上', '>='],
  // GDP增长保住3%底线: the figure is the floor held.
  ['的底线', '>='],
  ['底线', '>='],
];

/** Words right before the number that bind it (checked longest first). */
export const PRE_COMPARATORS: ReadonlyArray<readonly [word: string, comparator: Comparator]> = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  // 达至65% (Hong Kong and Macao reposts): 达到.
  ['达至', '>='],
  ['达', '>='],
  ['突破', '>'],
  ['首破', '>'],
  // 收入破亿元: the bare 亿 a verb of reaching reads (scan.ts) is passed, as 突破 says.
  ['破', '>'],
  ['超过', '>'],
  // 逾3000个, 超出5万吨: the news writer's 超过 (逾期 has no figure after it).
  ['逾', '>'],
  ['超出', '>'],
  // 经济总量跨越6万亿元, 迈过千亿大关, 跨过百亿门槛: a bound crossed, as 突破 says.
  ['跨越', '>'],
  ['迈过', '>'],
  ['跨过', '>'],
  ['越过', '>'],
  // 产值冲破300亿元, 总量超越500亿元: a bound broken through or overtaken, as 突破.
  ['冲破', '>'],
  ['超越', '>'],
  ['多于', '>'],
  ['高于', '>'],
  ['超', '>'],
  // 过500亿元, 营收过百亿: passing it (通过, 经过 are verbs: segment.ts).
  ['过', '>'],
  ['不超过', '<='],
  ['不高于', '<='],
  // 失业率不超5.5%, 不超出3%, 不高过35微克/立方米, 不逾50亿元: the shorter and plainer spellings of 不超过 and 不高于 — without
  // them the 超/高 inside is read alone and the ceiling turned into a floor.
  ['不超', '<='],
  ['不超出', '<='],
  ['不高过', '<='],
  ['不逾', '<='],
  // 不得超过8个, 不能低于90%: a bound a rule forbids crossing (不得/不能/不应/不宜 before the comparator) is a ceiling or a floor.
  ['不得超过', '<='],
  ['不能超过', '<='],
  ['不应超过', '<='],
  ['不宜超过', '<='],
  ['不得高于', '<='],
  ['不得多于', '<='],
  ['不得低于', '>='],
  ['不能低于', '>='],
  ['不应低于', '>='],
  ['不得少于', '>='],
  ['不能少于', '>='],
  ['不应少于', '>='],
  ['不大于', '<='],
  // 债务余额不突破50亿元, 至多20天, 不多于3次: a ceiling a plan or a rule keeps under (不突破 is no 突破).
  ['不突破', '<='],
  ['至多', '<='],
  ['不多于', '<='],
  // 占比不足5%, 用时不到3年, 少于20天: below the figure (the model has no strict '<': a ceiling, as 低于).
  ['不足', '<='],
  ['不到', '<='],
  ['少于', '<='],
  // 年流通人次大于等于400万: the mathematical wording of a floor or a ceiling.
  ['大于等于', '>='],
  ['大于或等于', '>='],
  ['小于等于', '<='],
  ['小于或等于', '<='],
  // 城镇调查失业率小于5.5%: the bare mathematical words (no strict '<' in the model: a ceiling, as 低于).
  ['小于', '<='],
  ['大于', '>'],
  // 保住3%底线, 守住3%: a floor held, as 保持在.
  ['保住', '>='],
  ['守住', '>='],
  ['控制在', '<='],
  ['保持在', '>='],
  ['迈上', '>='],
  // 跃上/跨上/登上…台阶: a tier reached, as 迈上 (跨越…大关 crosses a bound, as 突破: above).
  ['跃上', '>='],
  ['跨上', '>='],
  ['登上', '>='],
  ['站上', '>='],
  ['迈入', '>='],
  ['跨入', '>='],
  // 经济总量迈向万亿: the tier headed for, a floor as 迈上.
  ['迈向', '>='],
  ['维持在', '>='],
  ['稳定在', '~'],
  // 稳在30万吨左右: 稳定在 said short.
  ['稳在', '~'],
  ['降至', '<='],
  ['降到', '<='],
  // 煤炭消费比重降低至40%: lowered to a ceiling, as 降至.
  ['降低至', '<='],
  ['降低到', '<='],
  ['下降至', '<='],
  ['下降到', '<='],
  ['压减至', '<='],
  // 压缩至/压缩到, 减少至/减少到, 降为/下降为/降低为: lowered or cut to a ceiling, as 降至 and 压减至.
  ['压缩至', '<='],
  ['压缩到', '<='],
  ['减少至', '<='],
  ['减少到', '<='],
  ['降为', '<='],
  ['下降为', '<='],
  ['降低为', '<='],
  ['缩小至', '<='],
  ['缩小到', '<='],
  ['缩小为', '<='],
  // The model has no strict '<'; 低于 reads as an upper bound.
  ['低于', '<='],
  ['约', '~'],
  ['大约', '~'],
  // 约为5%, 将近3%: about the figure (将近 is no 将 of the future).
  ['约为', '~'],
  ['将近', '~'],
  // 从接近2万亿元到突破3万亿元: near it, as 近.
  ['接近', '~'],
  ['近', '~'],
  ['扩大至', '='],
  ['扩大到', '='],
  ['提高到', '='],
  // 总规模从6000亿元发展壮大到8000亿元: growing to a size, as 扩大到.
  ['发展壮大到', '='],
  ['发展壮大至', '='],
  ['壮大到', '='],
  ['壮大至', '='],
  // 马驴骡发展到2.2万匹: a herd or a stock grown to a size, as 增至.
  ['发展到', '='],
  ['发展至', '='],
  ['提高至', '='],
  ['提升至', '='],
  ['提升到', '='],
  ['增至', '='],
  ['增加到', '='],
  ['增加至', '='],
  ['跃升至', '='],
  ['跃升到', '='],
  // 三次产业结构调整为10.4:44.1:45.5; 经济增长目标确定为5.5%
  ['调整为', '='],
  ['确定为', '='],
  ['定为', '='],
  // 将经济增长目标设为4.5%至5%, 设定在百分之五左右: setting a target states its figure.
  ['设为', '='],
  ['设定为', '='],
  ['设定在', '='],
  // 把增速定在5%左右, 确定在6%左右: setting a figure, as 定为 (稳定在, a level held, is its own word above).
  ['确定在', '='],
  ['定在', '='],
  ['优化为', '='],
  ['为', '='],
  // Symbols, as sheets and some drafts write them.
  ['≥', '>='],
  ['>=', '>='],
  ['＞', '>'],
  ['>', '>'],
  ['≤', '<='],
  ['<=', '<='],
  ['＜', '<='],
  ['<', '<='],
  ['≈', '~'],
  ['＝', '='],
  ['=', '='],
];

/** Pre-comparator words that make a count or money figure a stock to reach (kind level). */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  '达到',
  '达',
  '突破',
  '首破',
  '超过',
  '逾',
  '超出',
  '跨越',
  '迈过',
  '跨过',
  '越过',
  '超',
  '扩大至',
  '扩大到',
  '增至',
  '增加到',
  '增加至',
  '跃升至',
  '跃升到',
  '提高到',
  '提高至',
  '发展壮大到',
  '发展壮大至',
  '壮大到',
  '壮大至',
  '发展到',
  '发展至',
  '提升至',
  '提升到',
  '迈上',
  '跃上',
  '跨上',
  '登上',
  '迈入',
  '跨入',
  '迈向',
]);

/** Verbs right before a rate: growth (or decline) of the metric. */
export const RATE_VERBS: ReadonlyArray<readonly [word: string, decline: boolean]> = [
  ['同比增长', false],
  ['比增', false], // 比上年增长, as reports shorten it (分别比增5.1%和15.3%)
  ['增', false], // a headline's 增长: 地区生产总值增7.5%-8% (not 新增/净增/倍增: segment.ts)
  ['年均增长', false],
  ['增长', false],
  ['增速', false],
  ['增幅', false],
  ['增长率', false],
  ['增长目标', false], // 经济增长目标确定为5.5%
  ['增速目标', false],
  ['增长预期目标', false], // GDP增长预期目标为5%左右
  // 成长 is how Taiwan writes 增长 (GDP目标成长4.5至5%, 营收成长20%); before a number it is the rate.
  ['成长', false],
  ['成长率', false], // 经济成长率5%左右
  ['成长率目标', false],
  // 年增 is Taiwan's year-on-year growth (GDP年增5%, 出口年增5.9%); 年增长 and 年增加 are the longer words above.
  ['年增', false],
  // 降幅超过3%: the size of a fall, as 下降 says it (升幅 names a rise as 涨幅 does: kinds.ts).
  ['降幅', true],
  // 累计降幅收窄到5.5%, 降幅扩大至3%: the fall's size moved to the figure — still the size of a fall (降幅收窄1.2个百分点,
  // the move itself, stays a noun with its 百分点).
  ['降幅收窄到', true],
  ['降幅收窄至', true],
  ['降幅收窄为', true],
  ['降幅扩大到', true],
  ['降幅扩大至', true],
  ['提高', false],
  ['提升', false],
  ['增加', false],
  ['上升', false],
  ['上涨', false], // prices: 居民消费价格上涨1.3%
  ['负增长', true],
  ['同比下降', true],
  ['下降', true],
  ['降低', true],
  ['减少', true],
  ['压减', true],
  ['下滑', true],
  ['下跌', true],
];

/**
 * Verbs that add to a stock that persists and is counted as a stock elsewhere (kind increment):
 * enterprises registered or above size, tenants, registrations, floor space built.
 */
export const INCREMENT_VERBS: readonly string[] = ['新增', '净增', '新入驻', '新备案', '新登记注册', '新登记', '新建'];

/** Verbs of planning, laying out, starting and compiling projects (kind count, stripped from the metric). */
export const PLANNING_VERBS: readonly string[] = ['策划包装', '策划', '规划', '布局', '建好', '汇编', '督促'];

/**
 * Verbs of reworking and fitting out (改造, 维修, 设置, 安装): what they count is the things worked on, a lone 一 too
 * (设置一处观景台, 提升改造一个服务站). One list for the grammar's verbs of work and for 一 read as one.
 */
export const REWORK_VERBS: readonly string[] = ['改造', '维修', '修缮', '设置', '安装', '更换', '加固', '扩建', '改建'];

/**
 * Characters that are verbs of work on their own and open the two-character verbs of work a count follows (建成, 设置,
 * 开通, 提供, 解决, 促进, 完工, 增设, 构建, 走访, 签约, 保障): a verb of work is judged by both its characters, so words
 * whose first character does no work — holding (容纳, 可供), using (借助), place names (福建) and nouns (职工, 交通,
 * 制造) — are none.
 */
export const WORK_ROOTS = '修改建设安开走提解促加增新扩搬拆引招培组构完签保维更整打启换成吸';
/**
 * Verbs of work whose first character also opens words that do no work on what they count (转换, 转设, 选修, 选聘, 创立),
 * so they are listed whole rather than as roots: 创成 (创建成功), 创造 (创造20万个岗位), 选派 (选派516名干部), 转移 (转移1307名患者).
 */
export const WORK_COMPOUNDS: readonly string[] = [
  '创成',
  '创造',
  '选派',
  '转移',
  // Building with a partner (与邻县共建6条产业链), clearing out and moving out (出清38家低效企业, 疏解150家市场), revoking
  // (注销/吊销11家旅行社资质) and handing down powers (下放25项服务事项): 共/出/疏/注/吊/下 open words of no work (共有, 出台, 下降).
  '共建',
  '出清',
  '疏解',
  '注销',
  '吊销',
  '下放',
  // Opening and founding (开辟42条航线, 新辟3条公交线路, 开办5所学校, 创办/兴办3家企业), marking out (划定17个主产区, 划设20处
  // 停车区) and closing down or clearing out (淘汰/关停/关闭/取缔12家企业, 退出/腾退/清退300家企业): verbs of work a writer uses
  // as often as 建成 and 出清, whose second characters (辟, 办, 定, 汰, 停, 闭, 缔, 出, 退) end words of no work elsewhere (举办
  // is COUNT_VERBS', 确定 and 制定 no work), so they are listed whole.
  '开辟',
  '新辟',
  '开办',
  '创办',
  '兴办',
  '划定',
  '划设',
  '淘汰',
  '关停',
  '关闭',
  '取缔',
  '退出',
  '腾退',
  '清退',
];
/**
 * Characters that close a two-character verb of work opened by one of WORK_ROOTS: building, fixing, settling, providing,
 * opening, visiting — and bringing in and raising (引育3家企业, 选派516名干部), moving (转移1307名患者) and adding
 * (新添31处公园, 增添5个停车场).
 */
export const WORK_ENDS = '成修决置换护固设引促供约障实立访聘训植除迁纳补善复放派驻缮排拓建造治理装养通进育移添';

/** Verbs that issue measures and plans: what they count is done work, not the issuing document's own parts. */
export const ISSUING_VERBS: readonly string[] = ['制定', '推出', '出台', '印发', '发布', '颁布'];

/**
 * Verbs of doing or obtaining things this year (kind count): cultivating, certifying, building,
 * holding events. Stripped from the metric. Project stages (签约, 开工, 投产) count too but stay
 * in the metric (see LIFECYCLE_VERBS).
 */
export const COUNT_VERBS: readonly string[] = [
  '新培育',
  '新认定',
  '新设立',
  '新引进',
  '新创建',
  '新获批',
  '培育',
  '打造',
  '建设',
  '创建',
  '争创',
  '认定',
  '通过认定',
  '推广应用',
  '推广',
  '实施',
  '引进',
  '组织开展',
  '组织',
  '开展',
  '举办',
  '孵化',
  '获批',
  '搭建',
  '培养',
  '设立',
  '建成',
  '申报',
  '完成',
  '实现',
  '推动',
  '支持',
  '带动',
  '发放',
  '明确',
  '重点发展',
  '认证',
  '制修订',
  '培训',
  '建立',
  '置换出',
  '评选发布',
  '评选',
  '参与制修订',
  '促成',
  '形成',
  '储备',
  // Pushing projects along (推进200个…重点项目, 有序推动120个…, 全力抓好119项…): things done this year.
  '推进',
  '抓好',
  // 狠抓23个省重大项目建设: 抓好 said harder.
  '狠抓',
  // 优化整合3家国有公司: the bodies merged, counted after the verb (整合10亿元资金 stays an amount).
  '整合',
  // Planning and laying out projects and parks (规划60个产业园, 策划包装100个项目, 布局2个发电项目, 建好8个产业园,
  // 汇编233个项目): things done in the year, counted as 推进 counts them.
  ...PLANNING_VERBS,
  // Measures and plans issued (推出168项稳增长措施, 制定四个工作方案): a count done in the year.
  ...ISSUING_VERBS,
];

/**
 * Verbs that say which stage of a project is counted (签约, 开工, 投产…). They stay in the metric:
 * 开工亿元以上工业项目 and 投产亿元以上工业项目 are different metrics.
 */
export const LIFECYCLE_VERBS: readonly string[] = [
  '新签约',
  '签约',
  '新开工',
  '落地开工',
  '开工',
  '建成投产',
  '投产',
  '招引',
  '落地',
  '落户',
  '纳规',
  '竣工',
  '新登记注册',
  '登记注册',
];

/** Cue words at the start of a metric that are not part of it. */
export const LEADING_FILLERS: readonly string[] = [
  // 增长7.2%…地方一般公共预算收入增长6%: an ellipsis between two statements opens no measure.
  '……',
  '…',
  '力争',
  // 力促12个项目动工: striving for it, as 力争 (a verb of aim: tense.ts).
  '力促',
  '争取',
  '确保',
  '全年',
  '年内',
  '当年',
  '计划',
  '目标',
  '预计',
  // 全年有望突破300亿元: the hope is an estimate's cue (tense.ts), no measure.
  '有望',
  // 预期地区生产总值增长5%: the expectation is a cue; 预期寿命 keeps it (segment.ts).
  '预期',
  '累计',
  '其中',
  '全市',
  '全区',
  '全省',
  '全县',
  // news names the region it reports on as 该市 / 该县: a scope word like 全市
  '该市',
  '该县',
  '该区',
  '该省',
  '并且',
  '并',
  '再',
  '共',
  '同时',
  '进一步',
  '持续',
  '努力',
  '奋力',
  '全力',
  '将',
  '到年底',
  '年底前',
  '年底',
  '每年',
  '全部',
  '总计',
  '合计',
  '动态',
  '确保全年',
  '每季度',
  '每月',
  '到年内',
  '年末',
  '探索',
  '共有',
  '拥有',
  // 现有人口32万人: a stock as it stands (tense.ts dates it 目前), not part of the measure.
  '现有',
  '去年',
  '今年',
  '明年',
  '上年',
  '过去一年',
  '过去的一年',
  '新的一年',
  '新一年',
  // 报告提出，全社会研发经费投入年均增长7%: announcing is no part of the measure.
  '提出',
  // 是2015年的1.46倍: the figure is the clause's metric's, as a multiple.
  '是',
  // 先后招引5家企业, 陆续建成3座…, 相继投用2个…, 成功招引5家企业: adverbs of sequence and success before the verb of work
  // are no part of the measure, and the verb after them still counts the figure (not 成功率: segment.ts).
  '先后',
  '陆续',
  '相继',
  '成功',
];

/** Filler words right before the verb or number. */
export const TRAILING_FILLERS: readonly string[] = [
  '同比',
  // 一般公共预算收入达3101.8亿元，同口径增长6.6%: on a comparable basis, as 同比 — no measure of its own.
  '同口径',
  '可比口径',
  '比上年',
  '较上年',
  '较去年',
  // 55.29亿元，比上年同期增长39.3%: the base of a part year's change, as 同比 — no measure of its own.
  '比上年同期',
  '较上年同期',
  '比去年同期',
  '较去年同期',
  '年均',
  '分别',
  '均',
  '各',
  '双双',
  // 钢铁、稀土、铝业产值先后站上千亿台阶: one after another, each reached it — as 均.
  '先后',
  '继续',
  '累计',
  '全年',
  '共',
  '总计',
  '合计',
  '将',
  '预期',
  // 地区生产总值预计达7700亿元: the estimate is a cue, no part of the measure.
  '预计',
  // 产值有望突破300亿元 likewise.
  '有望',
  // 社会消费品零售总额是2020年的1.4倍
  '是',
  // 粮食产量继续保持500亿斤以上: holding a level is no part of it either.
  '保持',
  // 总投资不低于人民币2000亿元: the currency the sum is in (its unit says 元), no part of the measure.
  '人民币',
];

/** Words that make a statement aspirational (and a target). */
export const ASPIRATION_CUES: readonly string[] = ['力争', '争取', '争创'];

/** Words that make a rank a target in its own clause. */
export const TARGET_CUES: readonly string[] = ['力争', '争取', '争创', '确保', '目标', '计划到', '预期'];

/** Words for the year a report has just reviewed (results of the year before the plan's). */
export const PAST_YEAR_WORDS: readonly string[] = ['过去一年', '过去的一年'];
/** The five years a report reviews, ending with the year before the one it plans for (过去5年: a digest's digits). */
export const PAST_SPAN_WORDS: readonly string[] = ['过去五年', '过去的五年', '过去5年', '过去的5年', '五年来', '5年来'];

/** The decade a review looks back on up to now (这十年, 过去十年, 过去的十年, 近十年来): a pattern of results with no year of its own. */
export const TEN_YEAR_SPAN_WORDS: readonly string[] = ['这十年', '过去十年', '过去的十年', '过去10年', '近十年来', '近10年来'];
/**
 * A running total with the verb of the work done (累计完成投资4300亿元, 累计承接转入企业4万家, 累计救治患者1900万人): a
 * total to date, a sentence's own evidence of a result where no cue, part or heading set its paragraph's tense (the
 * reader's reportsOwnResult) — not under an aim or a deadline (力争累计完成投资500亿元, 到2025年累计新增…), nor in a
 * paragraph a cue of planning opened. 累计达到, 累计增长 and 累计新增 stay out: a plan's totals are written so.
 */
export const RUNNING_TOTAL_WORDS: readonly string[] = [
  '完成',
  '实施',
  '实现',
  '建成',
  '承接',
  '投入',
  '发放',
  '培训',
  '引进',
  '救治',
  '减少',
  '改造',
  '治理',
  '造林',
  '新建',
  '兑现',
  '减免',
  '安排',
  '吸纳',
  '接待',
  '帮助',
  '解决',
  '搬迁',
  '整治',
  '创建',
  '招引',
  '转移',
  '拨付',
  '下达',
  '办理',
  '受理',
  '举办',
  '开展',
  '惠及',
  '处置',
  '查处',
  '化解',
  '竣工',
  '完工',
  '投产',
  '交付',
  '签约',
  '落地',
  '带动',
  '服务',
].map((verb) => `累计${verb}`);

/**
 * Tense cues: words that say the numbers after them (up to the next cue) report results, or set
 * targets. The nearest cue before a number decides its role (README § Roles and periods); the
 * last cue of a sentence carries into the next sentences of its paragraph. Written years, 今年
 * and 明年, month periods and plan periods (“十四五”末) are cues too (see tense.ts).
 */
export const RESULT_CUES: readonly string[] = [
  '初步统计',
  '初步核算',
  '初步测算',
  '据统计',
  // 经核算，全年地区生产总值达7203.50亿元: the accounts done, as 初步核算.
  '经核算',
  '据核算',
  '统计显示',
  // 《政府工作报告》显示, 最新数据显示: what a report or the data show has happened.
  '报告》显示',
  '报告显示',
  '数据显示',
  // 据国家统计局数据，全年粮食产量…达到13908.2亿斤: figures a statistics bureau has published are results.
  '统计局数据',
  // 据调度, 统计表明, 数据表明: what the government's progress tallies or the data show has happened, as 数据显示.
  '据调度',
  '统计表明',
  '数据表明',
  '初步预计',
  '预计全年',
  // 预计，全年实现地区生产总值1200亿元: the estimate set off by its comma is the same cue.
  '预计，全年',
  // 预计全省地区生产总值达4.58万亿元: the estimate of a whole region's year, as 预计全年 (not after 今年…: tense.ts).
  '预计全省',
  '预计全市',
  '预计全县',
  '预计全区',
  '预计全州',
  ...PAST_YEAR_WORDS,
  ...PAST_SPAN_WORDS,
  '一年来',
  // 近年来, 近几年来: the recent years up to now, as 五年来 (an action plan's 发展基础 opens so); no year of their own.
  '近年来',
  '近几年来',
  '近些年来',
  // 十年来，全国累计开工改造老旧小区16.3万个: the decade up to now, reviewed as 近年来 is (二十年来 too); no year of its own.
  // Only as a clause's opening, with its comma: 实现十年来最快增长 inside a goal describes the goal.
  '十年来，',
  '十年来,',
  '10年来，',
  '10年来,',
  // 这十年, 过去十年, 近十年来: the decade up to now a review looks back on, as 十年来 (今后这十年, 未来十年 plan: tense.ts;
  // 比过去十年 is a base). No year of its own, as 十年来.
  ...TEN_YEAR_SPAN_WORDS,
  // 这五年是…发展最好的五年: the five years just reviewed (今后这五年 plans: tense.ts).
  '这五年',
  '今年以来',
  '年初以来',
  // 先后迈入高铁时代, 先后建成…: one step after another said taken, a review's account of what was done.
  '先后迈入',
  '先后建成',
  '先后实现',
  '先后获评',
  '先后荣获',
  '先后获得',
  '先后开通',
  // 首次突破100亿元, 首次站上90万亿元: a level reached for the first time, told once it happened (a record set); a first
  // aimed at (力争首次突破…) is no cue (tense.ts NOT_A_CUE).
  // 按…由小到大的顺序依次是：甲市(2.46)、乙市(3.80), 排名依次为：…: places ranked by the values measured — an account of
  // what was measured; a plan sets no order of places.
  '的顺序依次是',
  '的顺序依次为',
  '排名依次是',
  '排名依次为',
  '首次突破',
  '首次超过',
  '首次超',
  '首次达到',
  '首次站上',
  '首次跨上',
  '首次迈上',
  '首次迈入',
  '首次跃上',
  '首次破',
  // 先后三次赴内地招商, 先后多次对接: trips or rounds already made, one after another (a department's progress news).
  '先后两次',
  '先后三次',
  '先后四次',
  '先后五次',
  '先后多次',
  // 打响以来, 十八大以来, 实施以来: since a past event, up to now.
  '以来',
  '截至目前',
  '截止目前',
  // 截至当前, 截至到目前, 到目前为止, 迄今: the same day of counting, as other writers put it.
  '截至当前',
  '截止当前',
  '截至到目前',
  '截止到目前',
  '到目前为止',
  '迄今',
  // 共完成人工造林1.2万亩, 共计完成清理面积6230亩: a sum of work done told as a total, what a season or campaign has
  // brought (not under 计划/力争/将 in its clause: tense.ts).
  '共完成',
  '共计完成',
  '合计完成',
  '已达',
  '已有',
  '已完成',
  '已开工',
  '已建成',
  '已累计',
  '已经',
  '已实现',
  '实现了',
  '完成了',
  '达到了',
  '取得了',
  '取得显著',
  '成绩单',
  // 交上的答卷为15373亿元: the figure the year's answer sheet gives, a result (交出满意答卷 alone states none).
  '答卷为',
  '答卷是',
  '回顾',
  '完成情况',
  '执行情况',
  // 已 before any verb (已安排, 已下达, 已投产): done already; 而已 and 不已 are no cue (tense.ts).
  '已',
];
/** Nouns of funds a government obtains or hands out (专项资金, 超长期特别国债, 专项债券): a pattern source. */
export const FUNDS_NOUNS = '资金|补贴|补助|债券|专项债|国债|贷款';
/**
 * 要 as a word of aim (要实现, 要完成), not the end of 主要, 重要, 需要, 只要, 必要, 概要 or 纲要, nor the head of a noun
 * (明要点, 生产要素, 要闻, 要件, 要害, 要务; 工作要点 names a plan and stays) or of a requirement named (工作要求, 总体要求, 的要求):
 * a pattern source.
 */
export const AIM_YAO = '(?<![主重需只必概纲])要(?![素闻件害务])(?<!(?:工作|总体|的)要(?=求))(?<!(?<!工作)要(?=点))';

/**
 * The aim words, one vocabulary for every test of "an aim word stands before this figure" in the grammar and the reader:
 * the verbs striving for what follows (力争, 争取, 确保) and the nouns of the aim itself (目标, 预期). A use that needs fewer
 * or more words takes a named narrowing below, which says why it differs; `AIM` and the narrowings are pattern sources.
 */
export const AIM_VERBS: readonly string[] = ['力争', '争取', '确保'];
export const AIM_WORDS: readonly string[] = [...AIM_VERBS, '目标', '预期'];
/** 将 and the 要 of an aim (AIM_YAO): the future a plan states. */
export const WILL_WORDS: readonly string[] = ['将', AIM_YAO];
/** 到2025年: the year an aim is due by. */
export const DEADLINE_YEAR = String.raw`到\s*20\d\d\s*年`;
/** The aim words as one alternation (明年力争…: a year aimed at; not 明年将…, a project's year). */
export const AIM = AIM_WORDS.join('|');
/**
 * Verbs of striving only, with 坚决, 努力, 为了 and the future — not 目标, 预期, which name a goal as often when it is met
 * (完成全年预期目标的105%): a clause that strives for what it names (确保完成目标任务的100%).
 */
export const STRIVING = [...AIM_VERBS, '坚决', '努力', '为了', ...WILL_WORDS].join('|');
/**
 * With 将, 要, 预计 and a deadline, not 计划 — which often only names what a count done is counted among (今年计划开工项目中，
 * 有158个已开工): a programme's count or a progress figure aimed at (今年将实施…, 预计完成…, 到2025年…).
 */
export const AIMED = [...AIM_WORDS, ...WILL_WORDS, '预计', DEADLINE_YEAR].join('|');
/** The aim words with 将, 计划, 拟: what a plan aims at or schedules. */
const PLAN_WORDS: readonly string[] = [...AIM_WORDS, '将', '计划', '拟'];
/**
 * The bounds a goal is set with (左右, 以上, 以内, 不低于, 不少于, 控制在, 保持在): a result is more often stated bare, so a sentence
 * that writes one may aim, whatever else it reports.
 */
export const GOAL_BOUND_WORDS = ['左右', '以上', '以内', '不低于', '不少于', '控制在', '保持在'].join('|');
/** With 将, 计划, 拟, not 预计 — 今年预计… estimates the year under way, it aims at nothing: a year a text goes on to plan. */
export const AIM_OR_PLAN = PLAN_WORDS.join('|');
/**
 * With 预计, 任务 and a date due (到2025年, 年底前) too: a total of work (计划共完成…, 预期全年共完成…) or a season (2025/2026榨季，
 * 预计入榨…) that is planned, foreseen or set as a task, not done.
 */
export const PLANNED_OR_DUE = [...PLAN_WORDS, '预计', '任务', DEADLINE_YEAR, '年底前'].join('|');
/**
 * With 计划, 要, the year under way or ahead (今年, 明年, 全年, 新的一年, 下一步), work pushed (努力, 推动, 加快) and a deadline:
 * a sentence that sets aims for the sentences after it — all but a bare 将, which only foresees its own figure.
 */
export const AIMS_SET = [...AIM_WORDS, '计划', AIM_YAO, '努力', '推动', '加快', '今年', '明年', '全年', '新的一年', '下一步', DEADLINE_YEAR].join('|');
/** The aim verbs alone as one alternation (力争, 争取, 确保): a pattern source. */
export const AIM_VERB = AIM_VERBS.join('|');
/**
 * The aim verbs with 计划 and 拟 — not 目标 or 预期, the goal a figure is measured against (高于目标1个百分点), nor 将: words by
 * which a sentence aims at its figure itself.
 */
export const AIMING_VERBS = [...AIM_VERBS, '计划', '拟'].join('|');
/**
 * Words that make a 预计 state a goal (Decisions 3): the aim verbs, 目标, 计划, the future (将, 要) and a deadline — not 预期,
 * which is an estimate's own kind of word, nor 拟.
 */
export const AIMS_AN_ESTIMATE = [...AIM_VERBS, '目标', '计划', ...WILL_WORDS, DEADLINE_YEAR].join('|');
/**
 * The plan words (PLAN_WORDS) with 要, the year under way or ahead (今年 but not 今年以来, a review's opening; 年内, 明年) and a
 * deadline: a sentence that plans, whatever figure it also reports.
 */
export const SENTENCE_PLANS = [...PLAN_WORDS, AIM_YAO, '今年(?!以来)', '年内', '明年', DEADLINE_YEAR].join('|');
/** The aim verbs with 计划, 力求, 务必 and the future (将, 要): a planning cue under which 截至 sets a deadline (力争截至6月底). */
export const AIMED_UNTIL = [...AIM_VERBS, '计划', '力求', '务必', ...WILL_WORDS].join('|');
/** The year under way or ahead (今年, 明年, 新的一年), 今后, 未来, 下一步, the aim verbs, 预期目标 and a deadline: words by which a sentence turns to aims. */
export const TURNS_TO_PLAN = ['今年', '明年', '新的一年', '今后', '未来', '下一步', ...AIM_VERBS, '预期目标', DEADLINE_YEAR].join('|');
/** The year under way or ahead (今年, 明年, 新一年), 目标, the aim verbs and a deadline: before an estimate, a year planned. */
export const PLANNED_YEAR = ['今年', '明年', '新的?一年', '目标', ...AIM_VERBS, DEADLINE_YEAR].join('|');
/** The words of a season or a working year that two years span (榨季, 雪季, 赛季, 种植季, 学年, 年度…). */
export const SEASON_WORDS: readonly string[] = ['榨季', '雪季', '冰雪季', '产季', '采暖季', '供暖季', '赛季', '种植季', '学年', '年度'];
/**
 * A season or working year named by the two years it spans (2023/2024榨季, 2023—2024年雪季, 2023-24赛季, 2023至2024年度,
 * 2023年至2024年度): dated by the year it ends (corpus Decisions 30, 33) — the one pattern the grammar reads a season's
 * figures with and the reader dates a season's plan by. The second year may be written with two digits.
 */
export const SEASON_OF_TWO_YEARS = new RegExp(
  String.raw`((?:19|20)\d\d)\s*(?:年\s*)?(?:[/／—–-]|至)\s*((?:19|20)?\d\d)\s*(?:年\s*)?(?:${SEASON_WORDS.join('|')})`,
  'g',
);
/** The year a season ends, from its two years as written (2023/24 → 2024), or null when they are not consecutive. */
export function seasonEnd(first: string, second: string): number | null {
  const from = Number(first);
  const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  return to === from + 1 ? to : null;
}
/** 做好2024—2025年度…工作: a campaign named by its working year after a verb of work, no season. */
const CAMPAIGN_VERB_BEFORE = /(?:做好|开展|组织|申报|创建)$/;
/** A season of two years named in a text: where it is written, and the year it ends. */
export interface Season {
  start: number;
  end: number;
  year: number;
}
/**
 * The striving words among the plan cues: 力求, 争创 and a striving that names its aim's verb (努力实现, 奋力完成, 力促实现,
 * 力保完成) — synonyms of 力争 and 确保 in plan writing (a bare 努力, 奋力, 力促 or 力保 is as often a review's 经过努力, 奋力拼搏,
 * 力促消费回暖, so only with the verb of reaching after it). They describe an effort as often as they aim (a review's
 * 建立…模式，争创全省…实验区): tense.ts reads them as aims only with a figure in their clause.
 */
export const STRIVING_AIMS: readonly string[] = [
  '力求',
  '争创',
  '努力实现',
  '努力完成',
  '努力达到',
  '奋力实现',
  '奋力完成',
  '力促实现',
  '力促完成',
  '力保实现',
  '力保完成',
];
/** Every season a text names (SEASON_OF_TWO_YEARS) whose two years are consecutive, with the year it ends; not a campaign of work. */
export function seasonsIn(text: string): Season[] {
  const seasons: Season[] = [];
  for (const m of matchesOf(SEASON_OF_TWO_YEARS, text)) {
    const year = seasonEnd(m[1]!, m[2]!);
    const campaign = m[0].endsWith('年度') && CAMPAIGN_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (year !== null && !campaign) seasons.push({ start: m.index, end: m.index + m[0].length, year });
  }
  return seasons;
}
export const PLAN_CUES: readonly string[] = [
  '预期目标',
  '主要目标',
  '目标任务',
  '发展目标',
  '工作目标',
  '总体目标',
  '目标是',
  '目标为',
  '目标',
  '力争',
  '争取',
  '确保',
  '务必',
  ...STRIVING_AIMS,
  '计划到',
  '本年度',
  '将',
  '预期',
  '工作计划',
  '工作安排',
  '工作要点',
  '下一步',
];
/**
 * Words before 预期 that make it people's expectations, a policy slogan (稳就业、稳预期, 提振市场预期),
 * or what a result went past (解决了许多超预期的难题, 超预期完成): not the 预期 of a target, no cue of planning.
 */
export const EXPECTATION_SLOGAN_BEFORE: readonly string[] = ['稳定', '稳', '提振', '改善', '引导', '市场', '超'];
/**
 * Words after 预期 that make it part of a measure's name (人均预期寿命, 企业生产经营活动预期指数): a figure
 * people expect or live, reported like any other, not the 预期 of a target: no cue of planning.
 */
export const EXPECTATION_MEASURE_AFTER: readonly string[] = ['寿命', '指数'];
const EXPECTATION_MEASURE = new RegExp(`预期(?=${EXPECTATION_MEASURE_AFTER.join('|')})`, 'g');
/** 目标完成率, 计划完成率: the goal or plan as the yardstick in a completion rate's name, no target set. */
const COMPLETION_RATE_YARDSTICK = /(?:目标|计划)(?=(?:任务)?完成率)/g;
/** 稳预期, 提振市场预期, 市场预期受到扰动: expectations as a slogan or a mood, no target set (as `NOT_A_CUE` reads them). */
// (The look-behind after 预期: leading, it was tried at every position of every sentence.)
const EXPECTATION_SLOGAN = new RegExp(`预期(?<=(?:${EXPECTATION_SLOGAN_BEFORE.join('|')})预期)`, 'g');
/** The verbs that measure a figure against a yardstick (占, 为, 达到, 完成 …的): a share of it reached (a pattern source). */
export const YARDSTICK_VERBS = '占|为|达到|达|完成';
/** The year's plan (年计划, 年度投资计划, 全年计划): a pattern source. */
export const YEAR_PLAN = '(?:全?年|年度)(?:投资)?计划';
/**
 * The year's plan as a yardstick (年计划的, 年度投资计划的, or no 的 right before the share: 完成年度计划158.65%);
 * tense.ts's PROGRESS_AGAINST_PLAN reads it too.
 */
export const YEAR_PLAN_OF = `${YEAR_PLAN}(?:的|(?=\\s*\\d))`;
/**
 * The year's plan a share was completed of, with a verb: 完成年计划, 占年度投资计划, and, completed only, the plan's sum named
 * after it (完成年度计划投资130%, 完成年度计划完成投资的96% — 占年度计划投资的81.7% is what a class of projects takes of the
 * plan's sum, no progress). Only before a percentage (年度计划投资50亿元 is the plan's own sum).
 */
export const YEAR_PLAN_SHARE_VERB = `(?:(?:${YARDSTICK_VERBS})${YEAR_PLAN}|完成${YEAR_PLAN}(?:完成)?投资)`;
/** 为年计划的44%, 占年度投资计划的97.2%, 完成年度投资计划的69%: the year's plan as the yardstick of progress, none set. */
const PROGRESS_YARDSTICK = new RegExp(`(?:${YARDSTICK_VERBS})${YEAR_PLAN_OF}`, 'g');
/**
 * 完成目标任务的103.1%, 完成全年目标的56.6%, 完成市下达全年目标的59.2%: the year's target as the yardstick of a completion
 * ratio, a figure reached and none set (as PROGRESS_YARDSTICK's 年计划).
 */
const GOAL_YARDSTICK = new RegExp(`(?:${YARDSTICK_VERBS})[^。；！？，\\n\\d]{0,10}?目标(?:任务)?的(?=\\s*\\d)`, 'g');
/** 为实现全年增长6%左右的预期目标奠定基础: the year's goal as what results so far serve, set elsewhere. */
const GOAL_SERVED = /为了?(?:实现|完成)[^。；！？，\n]{0,16}?(?:预期)?目标(?:任务)?/g;
/**
 * Goals named as history's or as set before (实现第一个百年奋斗目标, 向第二个百年奋斗目标进军, 稳步实现既定的增长目标):
 * a milestone or a goal reported met, no target set by the text.
 */
export const NAMED_OR_SET_GOAL = /(?:[一两二]个)?百年奋斗目标|既定的?[^。；！？，\n]{0,6}?目标(?:任务)?/g;
/** 去年/上年 report results, except as a comparison base (比去年, 较上年, 同上年) or 去年同期. */
/** 去年, 上年 and 上一年 (上一年全县…): the year before the one a text speaks of (比上一年 is a base: tense.ts). */
export const LAST_YEAR_WORDS: readonly string[] = ['去年', '上年', '上一年'];
/** Words for the year a report turns to after its review: 今年 said otherwise. */
export const NEW_YEAR_WORDS: readonly string[] = ['新的一年', '新一年'];
export const COMPARISON_MARKS: ReadonlySet<string> = new Set(['比', '较', '同', '于', '与', '超', '高', '低']);

/** Plan periods and the year they end: “十四五”末 / 期末 / 时期 → 2025. */
export const PLAN_PERIODS: ReadonlyArray<readonly [name: string, first: number, last: number]> = [
  ['十一五', 2006, 2010],
  ['十二五', 2011, 2015],
  ['十三五', 2016, 2020],
  ['十四五', 2021, 2025],
  ['十五五', 2026, 2030],
  ['十六五', 2031, 2035],
];
/** A plan period's first and last year by its name (十四五 → 2021, 2025), for names a pattern over PERIOD_NAMES matched. */
export const PERIOD_YEARS: ReadonlyMap<string, { readonly first: number; readonly last: number }> = new Map(
  PLAN_PERIODS.map(([name, first, last]) => [name, { first, last }]),
);
/** The plan periods' names as a regex alternation (十一五|十二五|…), for patterns built on them. */
export const PERIOD_NAMES = PLAN_PERIODS.map(([name]) => name).join('|');
/** The characters the period names end in (五 of 十四五): a text holding none of them names no period. */
const PERIOD_NAME_ENDS = [...new Set(PLAN_PERIODS.map(([name]) => name.at(-1)!))];
/** Whether `text` may name a plan period: a look for one character before the period patterns, which most sentences do not match. */
export const mayNamePeriod = (text: string): boolean => PERIOD_NAME_ENDS.some((ch) => text.includes(ch));

/**
 * Words after a number that name it as a quota or plan figure inside a report of results
 * (完成市下达的30亿元的任务, 完成年计划710亿元的89.4%): the number is a target of the year reported; so is the
 * year's expected figure a progress report names (处于7%—7.5%年度预期目标区间, 全年增长“5%左右”的预期目标能否实现).
 */
export const QUOTA_AFTER: readonly string[] = [
  '的任务',
  '任务',
  '的目标',
  '目标',
  '的指标',
  '指标',
  '的预期目标',
  '预期目标',
  '的年度预期目标',
  '年度预期目标',
  '的年度目标',
  '年度目标',
  // 完成84.5%的约束性目标: a plan's binding target named in a review (国家下达的约束性指标 likewise).
  '的约束性目标',
  '约束性目标',
  // 高于年初政府工作报告提出的5%左右的增速目标: the year's growth target named by its measure in a progress report.
  '的增速目标',
  '增速目标',
  '的增长目标',
  // 超额完成175亿元市定目标: the goal a level above set for the year, named after its figure in a review.
  '市定目标',
  '省定目标',
  '县定目标',
  '区定目标',
];
/**
 * Words right before a figure that name it the year's goal (年度计划710亿元, 下达的30亿元; 超额完成货贸年度指标3.26亿元, 低于指标任务5.5%:
 * the goal a result is measured against): a quota, a target of its year also in a review. (What was set at the year's or the
 * plan's start, 年初确立的/规划部署的, is statements.ts SET_AT_START_BEFORE: a bare 部署的/确立的 is as often things installed.)
 */
export const QUOTA_BEFORE: readonly string[] = ['年计划', '年度计划', '下达的', '下达', '年度指标', '指标任务'];

/** Metric endings that make a percentage a share rather than a growth rate. */
export const SHARE_WORDS: readonly string[] = ['占比', '比重', '比例', '覆盖率', '率', '首位度', '占'];

/** Metric words that only make sense relative to the previous metric (规上工业企业…总数达22434户). */
export const RELATIVE_METRICS: ReadonlySet<string> = new Set(['总数', '总量', '数量', '总额', '规模', '总数量', '总投资', '总投资额', '投资额', '金额']);

/** Heads that a list shares ("光伏、锂电池营收" is 光伏营收 and 锂电池营收). */
export const MEASURE_HEADS: readonly string[] = [
  '营业收入',
  '营收',
  '产值',
  '增加值',
  '投资',
  '产量',
  '利润',
  '税收',
  '收入',
  '出口',
  '进出口',
  '产业规模',
  '规模',
];

/** Rank scopes, longest first where one contains another. */
export const RANK_CUES: readonly string[] = ['位居', '位列', '并列', '居', '列', '排名', '排', '进至', '跃居', '跃升至', '升至'];

/** Period words for results that are not month ranges: the parts of a year (其中，二季度…; 第三季度 with its ordinal). */
export const PERIOD_WORDS: ReadonlyArray<readonly [word: string, from: number, to: number]> = [
  ['上半年', 1, 6],
  ['前三季度', 1, 9],
  ['一季度', 1, 3],
  ['二季度', 4, 6],
  ['三季度', 7, 9],
  ['四季度', 10, 12],
  ['第一季度', 1, 3],
  ['第二季度', 4, 6],
  ['第三季度', 7, 9],
  ['第四季度', 10, 12],
  ['下半年', 7, 12],
  ['前两个月', 1, 2],
  // 首季度, 首季: the first quarter as news writes it (首季GDP增长5.2%); the longer word first (the scanner takes the first that starts here).
  ['首季度', 1, 3],
  ['首季', 1, 3],
];

/** Longest-first copies for scanning. */
export function byLength<T extends string | readonly [string, ...unknown[]]>(items: readonly T[]): T[] {
  const key = (x: T) => (typeof x === 'string' ? x.length : x[0].length);
  return [...items].sort((a, b) => key(b) - key(a));
}

/**
 * Nouns a document counts its own parts with (分解为11项工作目标和138项工作任务, 6类共23项指标): a
 * number before them is structure, not a figure to reach.
 */
export const DOCUMENT_PARTS: ReadonlySet<string> = new Set([
  '工作目标',
  '工作任务',
  '重点任务',
  '主要任务',
  '任务',
  '具体措施',
  '措施',
  '举措',
  '政策措施',
  '条措施',
  '方面',
  '指标',
  '项指标',
  '类指标',
  '大类',
  '部分',
  '章',
  '节',
  // 共有35个重点专栏和10幅示意图: a plan's boxes and figures, its own parts.
  '重点专栏',
  '示意图',
  // 打造1个总抓手, 用好“三个抓手”: the levers a plan names its work by, its own structure (corpus Decisions 22).
  '抓手',
  // 15项主要指标目标中, 综合指标类9项, 10个关键句: a review's indicators counted by their kind, a digest's own key
  // sentences — the document's parts, however a report or a repost names them.
  '指标目标',
  '指标类',
  '关键句',
  // 17个可持续发展目标, 五个发展目标: the goals a programme or plan sets, counted — its own parts, each goal's figures are read.
  '发展目标',
  // 九个关键字, 十个关键词: a digest's own key words, its parts as its key sentences are.
  '关键字',
  '关键词',
]);

/**
 * Heads of a counted object that name the work itself, not things to deliver (推动十项重点工作实现新突破,
 * 抓好六个方面重点任务, 推进四个着力): the count is the plan's structure.
 */
export const WORK_PART_HEADS: readonly string[] = [
  '重点工作',
  '方面',
  // 围绕…等十个细分方向, 聚焦四个主攻方向: the lines a plan's work runs along, not things to deliver.
  '方向',
  '着力',
  '重点任务',
  '工作任务',
  '主要任务',
  '举措',
  '措施',
  '指标',
  '硬指标',
  '量化指标',
  // 纲要提出的20项主要指标中，16项…: the plan's indicators counted, as a review of it counts them.
  '主要指标',
  // 会议提出两个新要求, 提出五项要求: what a meeting or speech asks, counted as its own points.
  '要求',
  '新要求',
  // 明确了…44项任务分工, 全力抓好十件大事, 1个总目标、4大主要任务、20项重点工程: the plan's own division of its work.
  '任务分工',
  '大事',
  '重点工程',
];

/**
 * Abstract nouns a plan or a report counts its own aims, points and principles by (实现六个明显提升, 我们有3个定位, 从四个维度,
 * 两个回顾, 等4项原则, 培育四种经济形态, 狠抓…两个要害, 五个“大踏步”): the document's structure, no thing to deliver (corpus
 * "What is an entry": counts of a document's own parts). Read with a short modifier before them (明显, 整体性, 全域性).
 */
export const AIMS_COUNTED_BY: readonly string[] = [
  '提升',
  '跃升',
  '突破',
  '转变',
  '大踏步',
  '做大做强',
  '定位',
  '维度',
  '要害',
  '回顾',
  '原则',
  '经济形态',
  // 着力提升四个能力: the capacities a government names as its own aims (not 能力中心, 能力建设项目: places and works).
  '能力',
];

/**
 * Nouns a rank's move is counted in (提升4个位次, 前进不少于1个位次, 上升6个名次): a rank moved is no entry, as a rank to reach
 * is none (corpus "What is an entry"; the model has no rank target), nor a count of anything.
 */
export const RANK_STEPS: readonly string[] = ['位次', '名次'];

/** Heads of WORK_PART_HEADS that are the plan's parts only after their count (十个细分方向; 国际航线方向3个 counts routes). */
export const COUNT_FIRST_PARTS: ReadonlySet<string> = new Set([
  '方向',
  // 实施重点工程20项, 其中重点工程20项: the year's works counted, no division of the plan (that one is 4大任务、20项重点工程).
  '重点工程',
]);

/**
 * Heads of WORK_PART_HEADS that also name things built: a count of them a verb of work governs (开工建设20项重点工程, 完成18项
 * 重点工程) is a figure, not the plan's division.
 */
export const BUILT_PARTS: ReadonlySet<string> = new Set(['重点工程']);

/** Words before a number that point at something already named (这两项指标): no new figure. */
export const DEMONSTRATIVES: readonly string[] = ['这', '那', '该', '此', '上述'];

/** Verbs that name a goal as what work is aimed at (围绕/朝着…目标), in a regex alternation. */
export const AIMED_VERBS = '围绕|朝着|向着|紧扣|聚焦|锚定';
/**
 * A programme's or slogan's quoted name that holds a goal word or a word of aim and no figure (落实“一目标三聚焦四强化”总体思路,
 * “两个目标”, 聚焦“两确保、三提升”工作要求): a name, no target set. A quoted statement with its figure (“力争增长6%”) is none.
 */
export const QUOTED_GOAL_NAME = /“[^“”\d%％\n]{0,16}(?:目标|预期|确保|力争|争取)[^“”\d%％\n]{0,16}”/g;
/** A goal named as what work is aimed at (围绕…到2018年全面建成小康社会目标): a slogan, no target set. */
const AIMED_GOAL = new RegExp(`(?:${AIMED_VERBS})[^。；！？\\n]{0,40}?目标`, 'g');

/** The whole a rank is taken in (全省第二): 全国, 全省, 全市, 全区, 全州, 全县, 全盟; 全球 and 世界 in a national report. */
const WHOLE_SCOPES = '全[国省市区州县盟球]|世界';
/** A whole written right before 第N: it makes a rank without a rank verb (粮食总产量全省第二). */
export const RANK_SCOPE = new RegExp(`(?:${WHOLE_SCOPES})$`);
/** Any scope at the end of the words before a rank (保持世界第二位, 居中部第一): a whole, or a part of the country. */
export const RANK_ANY_SCOPE = new RegExp(`(?:${WHOLE_SCOPES}|[中西东]部)$`);
/** 增速第一, 增幅第二, 总量第三: the words of a measure's growth or size that rank it right before 第 (a pattern source). */
export const RANKED_MEASURE_WORDS = '增速|增幅|总量';

/**
 * Targets reported met (全年主要目标任务顺利完成, 圆满完成了年初确定的目标): a result, no plan. So is a goal named by its
 * quoted slogan and said reached (…并网3000万千瓦，实现“两个千万千瓦级”建设目标) — not one still aimed at (力争实现“…”目标) —, and
 * the year's goal said met (12个灌区项目完成年度目标, and one set by a higher body or its audit, 完成省政府年度考核目标, 完成市下达的年度任务) — not one to meet (确保完成年度目标任务, 推动…完成), nor a ratio of it (完成年度目标的86%).
 */
const GOALS_MET =
  /目标任务(?:已|均)?(?:顺利|圆满|全面|超额)?完成|(?:顺利|圆满|全面|超额|较好地?|提前(?:[一两三]年)?)完成了?[^。；！？，\n]{0,20}?目标(?:任务)?|(?<!力争|确保|争取|要|将|努力|奋力|全力|以|为)实现了?“[^“”\d%％\n]{0,16}”[^。；！？，、“”\n]{0,4}目标|(?<!(?:确保|力争|争取|要|将|努力|奋力|全力|为|以|必须|坚决|推动|力促|能否|是否)[^。；！？，\n]{0,8})完成(?:[^。；！？，、\n\d]{0,6}?(?:下达|确定)的|[\u4e00-\u9fff]{0,4}?(?:政府|党委|上级))?(?:年度|全年)(?:考核)?(?:目标任务|任务目标|目标|任务)(?![^。；！？，\n]{0,4}的)/g;
/** Comparison words before a target or expectation that a result is measured against (低于4.5%的控制目标, 好于预期). */
export const BENCHMARK_WORDS: readonly string[] = ['低于', '高于', '超过', '超出', '好于', '优于', '快于'];
const BENCHMARKS = BENCHMARK_WORDS.join('|');
/**
 * The words before 目标 or 预期 that make it a yardstick a result is measured against, not a target
 * set (失业率4.5%，低于5.0%的控制目标; 主要指标好于预期, 符合预期). Also a result placed within the year's
 * target range (增长7.4%，处于7%—7.5%年度预期目标区间) and one measured against the expectations of the year's
 * start (符合年初预期, 好于年初预期), and the growth target a report named (高于年初政府工作报告提出的5%左右的增速目标).
 */
export const MEASURED_AGAINST = new RegExp(
  `(?:(?:${BENCHMARKS})(?:[^。；！？，\\n]{0,24}?的(?:控制|预期)?(?:增速|增长|增幅)?)?|符合|处于[^。；！？，\\n]{0,16}|(?:${BENCHMARKS}|符合)(?:年初|年度|全年)?(?:规划|计划)?的?)$`,
);
const GOALS_COMPARED = new RegExp(
  `(?:${BENCHMARKS})[^。；！？，\\n]{0,24}?的(?:控制|预期)?(?:增速|增长|增幅)?目标|(?:${BENCHMARKS})[^。；！？，\\n\\d]{0,10}?(?:计划|规划)目标|(?:${BENCHMARKS}|符合)(?:年初|年度|全年)?的?预期|处于[^。；！？，\\n]{0,16}?目标区间`,
  'g',
);
/**
 * Targets set earlier, named as what the work serves (为完成年初区人代会确定的各项目标任务打下坚实基础,
 * 为决胜四季度、完成全年目标奠定了坚实的基础 — no figure in it): a mid-year report's reference to the year's plan, no
 * target set by the text.
 */
const GOALS_SET_EARLIER =
  /(?:年初|人代会|人民代表大会|全会)[^。；！？\n]{0,12}?(?:确定|提出|部署)的[^。；！？，\n]{0,6}?目标(?:任务)?|为[^。；！？\n\d%]{0,16}?(?:完成|实现)[^。；！？，\n\d%]{0,10}?目标(?:任务)?[^。；！？，\n\d%]{0,4}?(?:奠定|打下|夯实)/g;
/**
 * The year's expected figure named by a progress report (全年经济增长“5%左右”的预期目标能否实现, 处于…年度预期目标): a
 * quota the text refers to, read as such, but no target the text sets — it does not make the text a plan. Tried from
 * a number's first digit only (\d(?<!\d\.*\d)): a match from a later digit would be the same, and each try read on.
 */
const EXPECTED_FIGURE_NAMED = /\d(?<!\d\.*\d)[\d.]*\s*[%％](?:左右|以上)?[”"’」]?的?(?:年度|全年)?预期目标/g;
/**
 * 将 marking the object of a verb of placing or naming (将创新摆在核心位置, 将绿色发展作为…, 将…纳入), or of a verb whose
 * 得 says how much more it was done (丰收果实将粮食安全的基石夯得更实): 把, not the future tense, so no plan. 将 before an adverb or a time (将逐步纳入, 将全部纳入, 将于年内列为) has no
 * object: it is the future.
 */
export const OBJECT_MARKING_JIANG =
  /将(?!于|在|逐步|逐年|全部|全面|陆续|分批|一并|统一|同步|正式|首次|率先|进一步|继续|持续|会|要|可|能|被|年内|今年|明年)(?=[^，。；！？,;\n]{1,12}?(?:摆在|放在|摆到|作为|视为|列为|纳入|当作|当成)|[^，。；！？,;\n把]{1,12}?[\u4e00-\u9fff]得(?:更|越来越|愈发|愈加))/g;
/** 今年 before a part of the year under way (今年前三季度, 今年上半年, 今年1-9月, 今年1月至10月, 今年前9个月): results to date, no plan. */
const YEAR_SO_FAR = /今年(?=(?:前[一二三]|[一二三四])季度|[上下]半年|1?\d\s*(?:月\s*)?[-—–~至]\s*1?\d\s*月|前(?:1?\d|[一二三四五六七八九十]{1,2})个月)/;
/**
 * 今年 under an estimate (预计今年将超过6万亿元, 今年有望达到5个, 今年预计可以达到140万亿元左右): the year under way
 * estimated, as news late in a year gives it (Decisions 3 and 16), no plan; its 将 is the estimate's too, as is
 * 预计将 anywhere (5年经济增量预计将超过35万亿元) and the 将 of a period closing (“十四五”将收官).
 */
/** 预计, 预测, 预估: the verbs that give a figure as an estimate (a pattern source; 估计 and 有望 join it where they count too). */
export const ESTIMATE_VERB = '预计|预测|预估';
/**
 * A part of the year under way that an estimate speaks of (预计上半年, 预测一季度, 预计到5月底): with the estimate word
 * before it, the months so far given as an estimate (Decisions 3, 31), no deadline. A pattern source.
 */
export const ESTIMATED_PART_OF_YEAR = String.raw`(?:${ESTIMATE_VERB}|有望)(?:今年)?(?:[到至]?(?:上半年|前三季度|第?[一二三四]季度(?:末|底)?|\d{1,2}\s*月(?:底|末))|全年|今年)`;
const ESTIMATE_OF_YEAR = new RegExp(
  String.raw`今年(?:全年)?(?:预计|有望)(?:将|可以|可)?|${ESTIMATED_PART_OF_YEAR}[^，。；;,\n将]{0,12}将|(?:预计|有望)(?:今年|全年)+|预计将|将(?=收官)`,
  'g',
);
/**
 * 今年 with the measure between it and its estimate (今年地区生产总值预计达到750亿元以上, 今年全市接待游客有望突破
 * 2000万人次): the year under way estimated, as ESTIMATE_OF_YEAR's — the measure's name is kept, the rest is no plan.
 */
const ESTIMATE_OF_YEAR_AFTER_MEASURE = /今年([^，。；;,\n\d将力争确保目标计划]{1,12}?)(?:预计|有望)(?:将|可以|可)?/g;
/** After 今年: an estimate right after it or after the measure it dates (今年预计, 今年有望, 今年地区生产总值预计达到…). */
const ESTIMATE_AFTER_THIS_YEAR = /^(?:全年)?(?:预计|有望)|^[^，。；;,\n\d将力争确保目标计划]{1,12}?(?:预计|有望)/;
/** 今年预计投资2亿元, 今年预计完成投资…: a project's investment for the year, a plan's figure (as 今年计划投资), no estimate. */
const YEAR_INVESTMENT_AFTER_ESTIMATE = /^(?:预计|有望)(?:完成)?投资/;
/** …增长6.5%左右目标: the estimate names the year's goal, a target (as 预期目标 does). */
const GOAL_IN_CLAUSE = /^[^，。；;,！？\n]*目标/;

/**
 * 今年 under an estimate (今年预计可以达到140万亿元左右, 预计今年底…能够达到22600元, 今年地区生产总值预计增长5.6%,
 * 今年有望突破5000亿元): the year under way estimated — a result given as an estimate (Decisions 3), whatever else the
 * text plans. Not 今年，预计… (the comma makes 预计 an aim's own word: tense.ts `estimateCue`), a project's 今年预计投资
 * (the year's investment planned), nor an estimate that names the year's goal (…增长6.5%左右目标).
 */
export function thisYearEstimated(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  const estimateAfter = ESTIMATE_AFTER_THIS_YEAR.exec(after);
  const estimated = estimateAfter !== null || /(?:预计|有望)$/.test(text.slice(Math.max(0, start - 2), start));
  if (!estimated) return false;
  const estimateWord = estimateAfter ? after.slice(estimateAfter[0].length - 2) : after;
  if (YEAR_INVESTMENT_AFTER_ESTIMATE.test(estimateWord)) return false;
  return !GOAL_IN_CLAUSE.test(text.slice(end, end + 60));
}
/**
 * A five-year plan named by its period (“十四五”规划), in a regex. Not its 纲要: a text naming the 规划纲要
 * (某市“十四五”规划纲要) is that plan, and the word is left to say so.
 */
const FIVE_YEAR_PLAN = '[“"‘]\\s*十[一二三四五六]五\\s*[”"’]\\s*规划(?!纲要)';
/**
 * The words before 目标 that name a five-year plan's goals as the frame of a year (2024年是实现“十四五”规划目标任务的关键一年):
 * no target set.
 */
export const FIVE_YEAR_GOALS_BEFORE = new RegExp(`${FIVE_YEAR_PLAN}的?$`);
/**
 * A plan named as issued (出台新一轮…稳增长工作方案, 印发了…意见; drafted and in force, 编制实施“十四五”…发展规划 — not one still
 * to draft, 加快编制完成…规划), or a five-year plan or its goals named as the
 * period's frame (深入实施“十四五”规划承上启下的一年, 实现“十四五”规划目标任务的关键一年): a document spoken of, no figure planned.
 */
const PLANS_ISSUED = new RegExp(
  `(?:出台|印发|制定出台|发布|推出|制定(?!本|如下))了?[^。；！？，\\n]{0,20}?(?:方案|规划|计划|意见|措施|纲要|要点)|(?<!加快|抓紧|力争|确保|要|将|启动|推进|做好|着手)编制(?:实施|完成|出台)了?[^。；！？，\\n]{0,32}?(?:方案|规划|计划|纲要)|${FIVE_YEAR_PLAN}的?(?:目标任务|目标)?`,
  'g',
);

/**
 * A document or measures named as what work carries out or makes known (贯通落实市政府《关于…若干政策措施的通知》, 加大稳增长政策措施宣贯,
 * 兑现惠企政策措施, 落实稳经济一揽子措施 without a document's name): measures in force spoken of, no figure the text plans. Not a
 * plan the text itself sets (制定如下措施), nor measures a colon goes on to list (落实以下措施：).
 */
const PLANS_CARRIED_OUT = new RegExp(
  `(?:落实|贯彻|执行|宣贯|宣传|兑现|用好|用足)[^。；！？，\\n《]{0,6}《[^》\\n]{1,60}》|(?:落实|贯彻|执行|兑现|用好|用足)了?[^。；！？，、\\n《]{0,8}?措施(?![^。；！？\\n]{0,4}[：:])|(?:方案|规划|计划|意见|措施|纲要|要点)(?=的?(?:宣贯|宣传|兑现|解读))`,
  'g',
);

/**
 * A programme named as what drove the results (在“满天星”行动计划推进下, 在…方案的带动下): a plan in force spoken of, no figure
 * the text plans. (Not 全面实施…行动方案: a task list may name its programme so and plan with no other word.)
 */
const PLANS_PURSUED = /(?:计划|方案|规划)的?(?:推进|推动|带动|引领)下/g;
/** 钦州“359”目标任务体系, 完善…目标体系: a framework of goals named, as a slogan's, no target set. */
const GOAL_FRAMEWORK = /目标(?:任务)?体系/g;

/**
 * A purpose that results so far serve (为顺利完成全年目标任务，确保“十四五”圆满收官打下了坚实基础): the aims inside it are
 * set elsewhere, so its 确保 or 力争 makes no text a plan (tense.ts reads the same frame as no cue).
 */
/** 力争上游 (确保二季度迎头赶上、力争上游): an idiom of striving to be among the best, no aim with a measure or a year — no plan set. */
export const STRIVING_IDIOM = /力争上游/g;

export const PURPOSE_SERVED = /为了?[^。；！？\n\d%]{0,30}?(?:打下|奠定|夯实|筑牢)了?[^。；！？，\n\d]{0,8}?基础/g;

/**
 * 争取 in a sentence that gives no figure (为重点工业企业积极争取…各类政策性奖补资金): support sought or obtained, no target
 * (one with a figure, 争取上级资金10亿元, still sets one; a sentence ending in a colon leads into a list and stays).
 */
const SOUGHT = /争取/g;

/**
 * `text` without the 争取 of sentences that give no figure: one is kept when the first digit or sentence break after it
 * is a digit. That stop is found with one cursor (a lookahead, 争取(?=[^。；！？\n\d]*(?:[。；！？\n]|$)), read on to it
 * from every 争取 of a sentence).
 */
function withoutSoughtWithoutFigure(text: string): string {
  const stopAfter = stopFinder(text, /[。；！？\n\d]/g);
  return text.replace(SOUGHT, (word: string, at: number) => (isAsciiDigit(text[stopAfter(at + word.length)]) ? word : ''));
}

/** 0-9, what \d matches in a pattern without the u flag. */
const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Verbs comparing a figure with a year's level (接近2018年全年水平, 恢复到2019年同期水平). */
const LEVEL_COMPARED_VERBS = '接近|超过|超出|高于|低于|相当于|达到|恢复到|恢复至|好于';
/** That level after its year: whole or over the same months. */
const LEVEL_OF_YEAR = '(?:全年|同期)?的?水平';
/** The words before a year whose level a figure is compared with. */
export const LEVEL_COMPARED_BEFORE = new RegExp(`(?:${LEVEL_COMPARED_VERBS})\\s*$`);
/** The words after such a year: its level. */
export const LEVEL_COMPARED_AFTER = new RegExp(`^${LEVEL_OF_YEAR}`);
/** A year whose level a figure is compared with, both sides at once: a benchmark, no year of results (the text need not be of it). */
export const YEAR_LEVEL_COMPARED = new RegExp(`(?:${LEVEL_COMPARED_VERBS})\\s*\\d{4}\\s*年${LEVEL_OF_YEAR}`, 'g');

/** 今年61岁的…, 今年已经70岁: a person's age this year, no year planned. */
const AGE_THIS_YEAR = /今年(?:已经?|刚|才|都)?\d{1,3}(?:周)?岁/g;

/**
 * A report's list of its parts (报告分三部分：一、2025年工作回顾；二、“十五五”时期任务及目标；三、2026年主要工作。): titles
 * numbered from 一、, up to the 。 closing the list — no target set by them (news of the report may give only its results).
 */
const CONTENTS_LISTED =
  /(?:报告|全文)[^。；！？\n\d]{0,6}?分为?(?:[一二三四五六七八九十两]|\d{1,2})个?部分[：:，,]\s*(?:即[：:]?\s*)?[一1][、.．][^。！？\n]*/g;

/**
 * A report's own contents announced (本报告将全面回顾和梳理…工作进展、成果、问题及未来规划; 下面就一年来的工作和下一步打算作汇报):
 * the plans it names are a topic it goes on to, no target set in the words read so far. No year inside (现将2024年工作总结和2025年工作计划报告如下
 * names the year it plans for and is left to say so).
 */
const CONTENTS_ANNOUNCED =
  /(?:本报告|本文|报告|现将|下面)[^。；！？\n\d]{0,30}?(?:回顾|梳理|总结)[^。；！？\n\d]{0,40}?(?:未来|下一步|下步|今后)的?(?:工作)?(?:规划|计划|打算|思路)/g;

/**
 * A five-year plan under mid-term review (…纲要》实施中期评估报告, …纲要实施情况中期评估的报告, 中期评估显示, 时间过半、任务过半): a report of its
 * progress. Not a plan's own provision for one (适时开展规划实施中期评估): that names no review made.
 */
export const MID_TERM_REVIEW = /中期评估的?(?:报告|结果|显示|表明)|时间过半[、，,]?任务过半/;
/**
 * The names and goals of a plan under review (规划, 纲要, 远景目标, 主要目标指标, 达到预期进度): what is measured, not set.
 * Not goals stated (2023年主要预期目标是：, 目标为): a report that names the review in passing and sets its year's targets.
 */
const REVIEWED_PLAN_WORDS = /规划|纲要|(?:目标|预期)(?![是为：:])/g;

/**
 * A five-year period presented by what it brought (介绍“十四五”时期…发展成就, “十四五”规划的实施成效); not what it is to
 * bring (“十五五”时期要取得更大发展成就).
 */
const PERIOD_ACHIEVEMENTS = new RegExp(
  `[“"‘](${PERIOD_NAMES})[”"’](?:时期|期间|规划)?(?:(?!要|将|奋力|努力|力争|确保|更)[^。；！？\\n]){0,16}?(?:发展成就|实施成效)`,
);
const PERIOD_NAMED = new RegExp(`(${PERIOD_NAMES})`, 'g');
/**
 * Whether a text reviews the achievements of the latest five-year period it names (a press conference on
 * “十四五”时期…发展成就, its plan named as what the results fulfil): as a mid-term review, it sets nothing. Not a
 * text that goes on to a later period (“十三五”发展成就 … “十四五”规划主要目标): that one plans.
 */
function reviewsLatestPeriod(text: string): boolean {
  const review = PERIOD_ACHIEVEMENTS.exec(text);
  if (!review) return false;
  const reviewed = PERIOD_YEARS.get(review[1]!)!.first;
  return matchesOf(PERIOD_NAMED, text).every((m) => PERIOD_YEARS.get(m[1]!)!.first <= reviewed);
}

/**
 * `text` without the goals it names only as what work is aimed at, reports met or measures results
 * against, the plans it says were issued, 今年 of a part of the year under way, 将 that marks an object (把), or
 * the names and goals of a plan under mid-term review: for deciding whether it plans at all.
 */
/**
 * A sentence of what comes next that sets no figure (下一步，我市将继续推进…。), the closing phrase of news of
 * results: no plan the text sets. (下一步，…确保每年完成造林60万亩 sets one.)
 */
const NEXT_STEP_OPENING = /下一步[，,]/g;

/**
 * Patterns removed in turn, each with a word every match of it holds (or null): a pattern is searched for only where its
 * word is written, since one look for a word costs a fraction of trying a pattern at every character of a whole text.
 */
type Removals = readonly (readonly [pattern: RegExp, word: string | null])[];
function withoutEach(text: string, removals: Removals): string {
  let rest = text;
  for (const [pattern, word] of removals) if (word === null || rest.includes(word)) rest = rest.replace(pattern, '');
  return rest;
}
/** Goals named, met, compared or served, and expectations that set nothing (withoutPlansNotSetAtAll), in the order removed. */
const GOALS_NOT_SET: Removals = [
  [AIMED_GOAL, null],
  [GOALS_MET, null],
  [GOALS_COMPARED, null],
  [QUOTED_GOAL_NAME, '“'],
  [GOALS_SET_EARLIER, null],
  [EXPECTED_FIGURE_NAMED, '预期目标'],
  [NAMED_OR_SET_GOAL, '目标'],
  [GOAL_SERVED, '目标'],
  [GOAL_YARDSTICK, '目标'],
  [EXPECTATION_MEASURE, '预期'],
  [COMPLETION_RATE_YARDSTICK, '完成率'],
  [EXPECTATION_SLOGAN, '预期'],
  [GOAL_FRAMEWORK, '体系'],
];
/** A report's contents, ages, levels compared, and plans issued, carried out or pursued, in the order removed. */
const PLANS_NOT_SET: Removals = [
  [CONTENTS_ANNOUNCED, null],
  [CONTENTS_LISTED, '部分'],
  [AGE_THIS_YEAR, '岁'],
  [YEAR_LEVEL_COMPARED, '水平'],
  [PLANS_ISSUED, null],
  [PLANS_CARRIED_OUT, null],
  [PLANS_PURSUED, '下'],
  [STRIVING_IDIOM, '力争上游'],
];

/**
 * `text` without those sentences: from 下一步， up to and with the 。！？； that ends it (else to its line's or the text's
 * end), unless a digit comes first. The first digit or break after each opening is found with one cursor (a pattern,
 * 下一步[，,][^。！？；\n\d]*(?:[。！？；]|(?=\n|$)), read on to it from every opening).
 */
function withoutNextStepWithoutFigure(text: string): string {
  const stopAfter = stopFinder(text, /[。！？；\n\d]/g);
  let kept = '';
  let from = 0;
  for (const m of matchesOf(NEXT_STEP_OPENING, text)) {
    if (m.index < from) continue; // inside a sentence already left out
    const stop = stopAfter(m.index + m[0].length);
    if (isAsciiDigit(text[stop])) continue;
    kept += text.slice(from, m.index);
    from = stop < 0 ? text.length : text[stop] === '\n' ? stop : stop + 1;
  }
  return kept + text.slice(from);
}

export function withoutPlansNotSet(text: string): string {
  if (MID_TERM_REVIEW.test(text) || reviewsLatestPeriod(text)) return withoutPlansNotSetAtAll(text.replace(REVIEWED_PLAN_WORDS, ''));
  return withoutPlansNotSetAtAll(text);
}

function withoutPlansNotSetAtAll(text: string): string {
  const unaimed = /目标|预期/.test(text) ? withoutEach(text, GOALS_NOT_SET) : text;
  const carriedOut = withoutEach(unaimed, PLANS_NOT_SET);
  const unissued = withoutNextStepWithoutFigure(
    withoutSoughtWithoutFigure(carriedOut).replace(PURPOSE_SERVED, '').replace(OBJECT_MARKING_JIANG, '').replace(PROGRESS_YARDSTICK, ''),
  );
  // A page on 今年前三季度 speaks of the year to date: its other 今年 (江苏今年GDP总量率先破万亿) are that too.
  const estimated = unissued.replace(ESTIMATE_OF_YEAR_AFTER_MEASURE, '$1').replace(ESTIMATE_OF_YEAR, '');
  return YEAR_SO_FAR.test(estimated) ? estimated.replace(/今年/g, '') : estimated;
}

/** The verbs a writer holds a place with (居, 位居, 稳居, 位列, 名列, 列, 排名, 排在, 连续4年…): not 安排/编排/并列/安居/跃居. */
const HELD_RANK_VERB = '(?:(?<![安编并])列|(?<![跃])居|位列|排名|(?<![安编])排|连续[\\d一二三四五六七八九十两]+年)';
/** The field a rank is held in (全国, 全省, 同类城市, 西藏各地, 安庆七县(市)): a named scope or a few words. */
const HELD_RANK_SCOPE = '(?:全国|全省|全市|全州|全区|全县|同类[^，。；,;\\d]{0,6}?|[^，,。；;！？\\n第前]{0,8}?)';
/** 第3位, 第一名, 第 2 (not a batch, a session, an item: 第一批, 第十八届, 第二次, 第3个); 前三位, 前两名: the rank held. */
const HELD_RANK_PLACE =
  '(?:第\\s*[一二三四五六七八九十\\d]{1,3}\\s*(?:位|名)?(?![\\d一二三四五六七八九十批次届期季轮个项条家部章节号])|前[一二两三四五六七八九十\\d]{1,2}(?:位|名))';

/**
 * A rank held (居全省第3位, 位居全市第一, 列全省第一, 排名第2, 连续4年全省第一, 连续4年居全省前两位): only ever a result, as a
 * plan writes no rank to hold (a rank to reach is 进入前10位, 跃居前列: no verb of holding). One rule for the grammar's tense and
 * the reader's news of results.
 */
export const RANK_HELD = new RegExp(`${HELD_RANK_VERB}${HELD_RANK_SCOPE}?(?:排名)?${HELD_RANK_PLACE}`);
/**
 * First place held, said without 第 (均居全州首位, 位居全省首位, 居西藏各地之首, 位居榜首, 名列前茅): a rank held too. 跃居 is
 * taken here (跃居世界首位 is said of what happened; a plan's 力争跃居 is read by the words that aim).
 */
export const FIRST_PLACE_HELD = /(?:居|位列|名列|排名|排在)(?:全国|全省|全市|全区|全州|全县|[^，,。；;！？\n第前首]{0,8}?)(?:首位(?!度)|之首|榜首|前茅)/;
/**
 * A rank standing alone as a clause after a figure (…增长12.5%，全国第5。 …增长10.5%，全市排名第3；): it reports the figure
 * of the clause before it (RANK_HELD needs a verb of holding; here the comma before the scope is the rank's own clause).
 */
export const RANK_ALONE_CLAUSE = new RegExp(
  `[，,]\\s*(?:全国|全省|全市|全州|全区|全县|全球|全世界|中部|西部|东部|东北|同类城市)(?:排名|排|位居|居|位列)?${HELD_RANK_PLACE}(?=\\s*(?:[，。；！？,;!?\\n]|$))`,
  'g',
);
/**
 * Whether `s` says a rank or a first place is held (RANK_HELD opens on look-behinds V8 tries at every character, so it runs
 * only where the 第 or 前 every rank holds is written).
 */
export const holdsPlace = (s: string): boolean => ((s.includes('第') || s.includes('前')) && RANK_HELD.test(s)) || FIRST_PLACE_HELD.test(s);
/** RANK_ALONE_CLAUSE looked for once (a pattern of its own: a test of the global one would move its lastIndex). */
const RANK_ALONE_ONCE = new RegExp(RANK_ALONE_CLAUSE.source);
/** Whether `s` writes a rank standing alone as a clause (RANK_ALONE_CLAUSE) anywhere. */
export const writesRankAlone = (s: string): boolean => (s.includes('第') || s.includes('前')) && RANK_ALONE_ONCE.test(s);
/** Whether `s` holds a place (holdsPlace) or a rank standing alone as a clause (RANK_ALONE_CLAUSE): a sentence that reports. */
export const holdsRank = (s: string): boolean => holdsPlace(s) || writesRankAlone(s);
