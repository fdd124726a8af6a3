/**
 * Plain counts in the 重点工作 and 民生实事 parts of a government work report, and the words around them
 * that are no count: spans of months, the report's own list of matters, counts of the items just named.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('a span of months (连续11个月) counts nothing', () => {
  it('only the things counted before it are read', () => {
    expect(read('推动5个省级开发区连续6个月实现产值增长。')).toEqual(['target count 省级开发区连续6个月实现产值增长 = 5个']);
  });

  it.each(['出口增速连续14个月位居全省前三。', '审批时限压缩至3个月以内。', '项目建设周期缩短6个月。'])('%s', (text) => {
    expect(read(text).some((s) => s.endsWith('个'))).toBe(false);
  });

  it('个 before anything but 月 still counts', () => {
    expect(read('新建乡镇卫生院6个。')).toEqual(['target increment 乡镇卫生院 = 6个']);
  });
});

describe('处 counts places and sites worked on', () => {
  it.each([
    ['整治城区积水点45处。', 'target count 整治城区积水点 = 45处'],
    ['新建口袋公园12处以上。', 'target increment 口袋公园 >= 12处'],
    ['设立便民服务点20处，处置率达到95%。', 'target count 便民服务点 = 20处'],
  ])('%s', (text, want) => {
    expect(read(text)[0]).toBe(want);
  });

  it.each(['3处于全省前列。', '全年依法处理信访件，办结率100%。', '城区2处置换地块已完成收储。', '设立3处长效管护机制。'])(
    '处 opening a word is no unit: %s',
    (text) => {
      expect(read(text).some((s) => s.endsWith('处'))).toBe(false);
    },
  );
});

describe('work that builds and reworks (新建和续建, 新建、改造) is a count, both verbs kept', () => {
  it.each([
    ['新建和改建村级综合服务中心15个。', 'target count 新建和改建村级综合服务中心 = 15个'],
    ['新建、改造提升高标准农田8万亩。', 'target count 新建、改造提升高标准农田 = 8万亩'],
    ['新增改扩建学校校舍3万平方米。', 'target count 新增改扩建学校校舍 = 3万平方米'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('land worked on by a count verb is counted in its unit (完成造林绿化5万亩)', () => {
    expect(read('完成造林绿化5万亩。')).toEqual(['target count 造林绿化 = 5万亩']);
  });

  it.each([
    ['新建农村公路80公里。', 'target increment 农村公路 = 80公里'],
    ['新建标准化厂房20万平方米。', 'target increment 标准化厂房 = 20万平方米'],
    ['全县耕地保有量稳定在120万亩。', 'target level 耕地保有量 ~ 120万亩'],
    ['全市森林面积达到85万亩。', 'target level 森林面积 >= 85万亩'],
    ['完成粮食播种面积100万亩以上。', 'target level 粮食播种面积 >= 100万亩'],
    ['完成夏粮收获面积20万亩。', 'target level 夏粮收获面积 = 20万亩'],
  ])('新建 alone adds, and a stock stays a level: %s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('a circled item number (②, ⑤, ㈡) is no part of the metric', () => {
  it.each([
    ['②改造农村危桥88座。', 'target count 改造农村危桥 = 88座'],
    ['⑤新建城市停车位2000个。', 'target increment 城市停车位 = 2000个'],
    ['㈡全年新增城镇就业5000人。', 'target increment 城镇就业 = 5000人'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('the report’s own list of practical matters (N件民生实事) counts its items, no figure', () => {
  it.each(['确定民生实事项目12项。', '全年为民办实事15件全部完成。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  // corpus Decisions 25: a count of 民生实事 written before its noun is set or reported (promised-matters.test.ts).
  it.each([
    ['将继续办好7件实事，新增办理10件实事。', ['target count 实事 = 7件', 'target increment 实事 = 10件']],
    ['今年办好十件民生实事。', ['target count 民生实事 = 10件']],
  ])('the count before its noun is read: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('the figures of each matter are read', () => {
    expect(read('续办民生实事：新建教师周转房1012套、塑胶运动场30个。')).toEqual([
      'target increment 教师周转房 = 1012套',
      'target increment 塑胶运动场 = 30个',
    ]);
  });

  it.each([
    ['坚持实事求是，新建便民市场3个。', 'target increment 便民市场 = 3个'],
    ['办好实事的同时新建养老服务站20个。', 'target increment 养老服务站 = 20个'],
  ])('实事 elsewhere in the sentence leaves a count alone: %s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('比上年同期 before a growth is its base, no metric', () => {
  it.each([
    ['地方一般公共预算收入55.29亿元，比上年同期增长39.3%。', 'target growth 地方一般公共预算收入 = 39.3%'],
    ['进出口总额较去年同期增长12%。', 'target growth 进出口总额 = 12%'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});

describe('高出全省 N个百分点 is a gap of the figure before, as 高于 is', () => {
  it('names the previous metric, and the rank after it ranks that metric', () => {
    expect(read('上半年，全市完成地区生产总值802亿元，比上年同期增长8.6%，高出全省0.4个百分点，增幅全省排第5位。')).toEqual([
      'actual level 地区生产总值 = 802亿元',
      'actual growth 地区生产总值 = 8.6%',
      'actual share 地区生产总值高出全省 = 0.4百分点',
      'actual rank 地区生产总值 = 5位',
    ]);
  });
});

describe('建成区 is a noun, and 扩大到 sets a level as 扩大至 does', () => {
  it.each([
    ['建成区面积扩大到45平方公里。', 'target level 建成区面积 = 45平方公里'],
    ['全市建成区面积达到85平方公里。', 'target level 建成区面积 >= 85平方公里'],
    ['建成区绿化覆盖率达到42%。', 'target share 建成区绿化覆盖率 >= 42%'],
    ['建成5G基站800个。', 'target count 5G基站 = 800个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('a list before one figure: whole measures keep their names, residents share the measure', () => {
  it.each([
    ['旅游接待人数和旅游总收入均增长16%以上。', ['target growth 旅游接待人数 >= 16%', 'target growth 旅游总收入 >= 16%']],
    ['城镇居民、农村居民人均可支配收入分别增长4.2%、5.0%。', ['target growth 城镇居民人均可支配收入 = 4.2%', 'target growth 农村居民人均可支配收入 = 5%']],
    ['光伏、锂电池营收分别增长20%、30%。', ['target growth 光伏营收 = 20%', 'target growth 锂电池营收 = 30%']],
    ['全社会用电量、工业增加值分别增长6%、7%。', ['target growth 全社会用电量 = 6%', 'target growth 工业增加值 = 7%']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a rank by scope after an earlier 、 item ranks its own item', () => {
  it('营商环境首次进入全省优良等次、市场主体满意度全省第一 ranks 市场主体满意度', () => {
    expect(readStatements('营商环境首次进入全省优良等次、市场主体满意度全省第一。', { year: 2025 }).map((s) => `${s.kind} ${s.metric} ${s.value}`)).toEqual([
      'rank 市场主体满意度 1',
    ]);
  });

  it('a list of ranks after a rank still ranks the same measure', () => {
    expect(readStatements('粮食产量居全省第七位、全国第一百位。', { year: 2025 }).map((s) => `${s.metric} ${s.value}`)).toEqual(['粮食产量 7', '粮食产量 100']);
  });
});

describe('an organisation counted (经济组织, 社会组织, 党组织) keeps 组织 in its name', () => {
  it.each([
    ['建立股份合作经济组织266家。', 'target count 股份合作经济组织 = 266家'],
    ['培育社会组织30家。', 'target count 社会组织 = 30家'],
    ['新建村党组织15个。', 'target increment 村党组织 = 15个'],
    ['组织培训200场次。', 'target count 培训 = 200场次'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('ordinary sentences the rules above leave as they were', () => {
  it.each([
    ['全县共有景区12处，其中4A级景区3处。', ['target level 景区 = 12处', 'target count 4A级景区 = 3处']],
    ['新增就业岗位3000个。', ['target increment 就业岗位 = 3000个']],
    [
      '招商引资到位资金增长12%，高出全省平均水平3个百分点。',
      ['target growth 招商引资到位资金 = 12%', 'target share 招商引资到位资金高出全省平均水平 = 3百分点'],
    ],
    ['办好民生实事的同时，新建幼儿园5所。', ['target increment 幼儿园 = 5所']],
    ['完成12个月度重点任务清单。', []],
    ['城镇新增就业5200人，比上年同期增加300人。', ['target increment 城镇新增就业 = 5200人', 'target increment 城镇新增就业 = 300人']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('城镇新增就业 keeps its name; 转移就业 is a count whatever verb comes before', () => {
  it.each([
    ['今年城镇新增就业5200人，农村劳动力转移就业4000人。', ['target increment 城镇新增就业 = 5200人', 'target count 农村劳动力转移就业 = 4000人']],
    ['全年城镇新增就业1.2万人以上。', ['target increment 城镇新增就业 >= 1.2万人']],
    ['新增城镇就业8503人、农村劳动力转移就业2911人。', ['target increment 城镇就业 = 8503人', 'target count 农村劳动力转移就业 = 2911人']],
    ['新增农村劳动力转移就业1.2万人。', ['target increment 农村劳动力转移就业 = 1.2万人']],
    ['企业新增贷款100亿元。', ['target increment 贷款 = 100亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('完成投资 right after a count of projects is those projects’ investment', () => {
  it.each([
    ['全年实施区重点项目196个，完成投资122亿元。', ['target count 区重点项目 = 196个', 'target level 区重点项目投资 = 122亿元']],
    [
      '新开工项目20个，完成投资35亿元，增长12%。',
      ['target count 新开工项目 = 20个', 'target level 新开工项目投资 = 35亿元', 'target growth 新开工项目投资 = 12%'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['地区生产总值增长6%，投资增长10%。', ['target growth 地区生产总值 = 6%', 'target growth 投资 = 10%']],
    ['新增规上企业20家，完成投资50亿元。', ['target increment 规上企业 = 20家', 'target level 投资 = 50亿元']],
  ])('not after other figures: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a place named before a count of projects that went through a stage (某县24个重大项目开工)', () => {
  const counts = (text: string) =>
    readStatements(text, { year: 2024, defaultRole: 'actual' })
      .filter((s) => s.unit === '个')
      .map((s) => `${s.metric} ${s.value}`);

  it('is the subject of the event, as 全县 is: the count is read', () => {
    expect(counts('5月9日，灌南县18个重大项目集中开工，总投资96亿元。')).toEqual(['重大项目集中开工 18']);
    expect(counts('一季度，某某区12个招商项目集中签约。')).toEqual(['招商项目集中签约 12']);
  });

  it('a place before a count of anything else stays a qualifier (must not fire)', () => {
    expect(counts('灌南县5个乡镇开展人居环境整治。')).toEqual([]);
    expect(counts('某某市3个方面的工作取得进展。')).toEqual([]);
    expect(counts('灌南县4个村开工仪式如期举行。')).toEqual([]);
  });
});

describe('总投资X的N个项目: the total investment of the projects counted after it', () => {
  const figures = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('is a level of its own beside the count', () => {
    expect(figures('今年将推进总投资420亿元的85个市级重点项目。')).toEqual(['市级重点项目总投资 level 420亿元', '市级重点项目 count 85个']);
    expect(figures('全年滚动实施总投资2.3万亿元的600项重大项目。')).toEqual(['重大项目总投资 level 2.3万亿元', '重大项目 count 600项']);
    // The batches the projects come in may stand between (的3批次, 的两批).
    expect(figures('今年计划开工总投资36.5亿元的4批次18个市级重点项目。')).toEqual(['市级重点项目总投资 level 36.5亿元', '市级重点项目 count 18个']);
    expect(figures('今年将推进总投资80亿元的两批20个重大项目。')).toEqual(['重大项目总投资 level 80亿元', '重大项目 count 20个']);
  });

  it('stays a qualifier when no count of projects follows, or the money is no 总投资 (must not fire)', () => {
    expect(figures('加快建设总投资12亿元的新材料产业园。')).toEqual([]);
    expect(figures('今年推进投资额5亿元的3个技改工程。')).toEqual(['技改工程 count 3个']);
    // (only the count of firms: the 总投资…以上 sizes them)
    expect(figures('今年引进总投资10亿元以上的企业8家。').filter((f) => f.includes('level'))).toEqual([]);
    // A batch with no count after it, or a batch's ordinal: nothing more is read (must not fire).
    expect(figures('今年开工第3批次12个项目。').filter((f) => f.includes('level'))).toEqual([]);
    expect(figures('加快建设总投资12亿元的3批次安置房。').filter((f) => f.includes('count'))).toEqual([]);
  });
});

describe('帮扶 and an adverb of manner before a verb of work (精准帮扶, 集中整治) govern the count after them', () => {
  it.each([
    ['今年，精准帮扶320户脱贫不稳定户，守住底线。', 'target count 脱贫不稳定户 = 320户'],
    ['今年，集中整治45处背街小巷。', 'target count 背街小巷 = 45处'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  // A verb of choosing after the adverb (重点发展), or 帮扶 with its own object before the count: no change (must not fire).
  it.each([
    ['今年，重点发展3个主导产业。', []],
    ['今年，精准发展5个特色村。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('成立 and 组建 govern the count of bodies set up right after them', () => {
  it.each([
    ['2023年，全县成立十二个乡村振兴工作组，实施五大行动。', 'actual count 乡村振兴工作组 = 12个'],
    ['今年力争成立8个产业联盟。', 'target count 产业联盟 = 8个'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  // An anniversary, a body's age, a numbered name or a verb with more words before the count: no count of bodies set up.
  it.each(['今年是学校成立60周年。', '2023年，公司成立20年来营收翻番。', '2023年，全县成立“十大工程”指挥部。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a list an aiming verb heads (围绕30个重大项目、120项具体任务、…)', () => {
  it('reads none of its items: the scope work goes around', () => {
    expect(read('今年，围绕30个重大项目、120项具体任务、45项重大政策、8项重大事项，全力攻坚。')).toEqual([]);
    expect(read('聚焦全市6大产业、18条重点产业链，集中力量突破。')).toEqual([]);
    expect(read('锚定5个重点片区、12个产业园区，持续发力。')).toEqual([]);
  });

  it('does not fire where a verb of work governs the list or the aim stands apart', () => {
    expect(read('今年，实施30个重大项目、12项改革。')).toHaveLength(2);
    expect(read('今年，围绕主导产业，新建10个园区、5个基地。')).toHaveLength(2);
    expect(read('聚焦重点领域实施10个项目、20项改革。')).toHaveLength(2);
    expect(read('全年新建学校3所、医院2所，聚焦民生。')).toHaveLength(2);
    expect(read('围绕目标，建成5个园区、3个基地。')).toHaveLength(2);
    expect(read('围绕群众需求，建成5个园区、3个基地。')).toHaveLength(2);
  });
});

describe('申报 before a count is its verb; after the thing it names, part of the metric', () => {
  it.each([
    ['积极推荐申报3至4个省级农业产业园。', 'target count 省级农业产业园 range 3个'],
    ['力争申报2个国家级示范区。', 'target count 国家级示范区 = 2个'],
    ['年内申报5个特色小镇。', 'target count 特色小镇 = 5个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each([
    ['全年专利申报800件。', 'target count 专利申报 = 800件'],
    ['全年科技项目申报60项。', 'target count 科技项目申报 = 60项'],
    ['基层项目申报12个。', 'target count 基层项目申报 = 12个'],
  ])('%s keeps the verb in the metric', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});
