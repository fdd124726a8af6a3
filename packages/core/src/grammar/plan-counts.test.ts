/**
 * Plain counts in a plan sentence: 推进/有序推动/加快推动/抓好 N 个… is a count target, while a count of
 * the work itself (N项重点工作, N个方面, N个着力) is the plan's structure. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('counts after verbs that push work along', () => {
  it.each([
    ['推进80个先进制造业重点项目建设。', 'target count 先进制造业重点项目建设 = 80个'],
    ['有序推动35个年度技改项目。', 'target count 年度技改项目 = 35个'],
    ['加快推动60个新增长点项目投产达效。', 'target count 新增长点项目投产达效 = 60个'],
    ['全年推动实施150个重点工业项目。', 'target count 重点工业项目 = 150个'],
    ['全力抓好42项市级重点项目建设。', 'target count 市级重点项目建设 = 42项'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('two counts joined by 和 after one verb are two targets', () => {
    expect(read('推进50个智能工厂项目和30个数字车间项目建设。')).toEqual(['target count 智能工厂项目 = 50个', 'target count 数字车间项目建设 = 30个']);
  });
});

describe('counts of the work itself are structure', () => {
  it.each(['推动五项重点工作实现新突破。', '2024年要抓好四个方面重点任务。', '推进三个着力，深化两项改革。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  // Corpus Decisions 28: a package of measures the year is to carry out sets a piece of work on each, a count.
  it('measures the year carries out (推动8项举措落地见效) are a count, not structure', () => {
    expect(read('推动8项举措落地见效。')).toEqual(['target count 举措落地见效 = 8项']);
  });
});

describe('lines of work counted (N项…工作) are structure', () => {
  it.each(['全年要统筹做好稳就业、促消费、优服务等八项民生工作。', '今年重点抓好以下6个方面、20项具体工作。', '扎实推进五项改革工作。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    // must not fire: places or bodies named 工作站/工作室, and counts whose noun is not work
    ['新建5个院士工作站。', 'target increment 院士工作站 = 5个'],
    ['建成10个技能大师工作室。', 'target count 技能大师工作室 = 10个'],
    ['全年推进30个重点项目建设。', 'target count 重点项目建设 = 30个'],
    ['完成12项省级科技攻关。', 'target count 省级科技攻关 = 12项'],
    ['新增就业岗位2000个。', 'target increment 就业岗位 = 2000个'],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('a document counting its own parts with the noun before the count', () => {
  it.each(['1.在“扩大开放”方面（分解任务12项）。', '《方案》共设置约束性指标6项。', '全文分为重点任务18项、保障措施5条。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a review counting the plan’s main indicators (纲要提出的N项主要指标中) counts its parts', () => {
    expect(read('规划提出的25项主要指标中，多数进展顺利。')).toEqual([]);
    expect(read('实施方案确定的12项主要指标全部纳入考核。')).toEqual([]);
  });

  it('still reads things to deliver counted the same way', () => {
    expect(read('全年实施重点项目60项。')).toEqual(['target count 重点项目 = 60项']);
  });
});

describe('a document counting its own indicators with the noun after the count', () => {
  it.each(['规划纲要提出了16个预期性指标、7个约束性指标。', '去年，5个“十四五”规划核心指标提前达标。', '全市12项主要经济指标全部完成。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads counts of things to deliver, and of places that met a standard', () => {
    expect(read('全年新认定4个国家级绿色工厂。')).toEqual(['target count 国家级绿色工厂 = 4个']);
    expect(read('推动6个乡镇污水处理厂提前完成。').length).toBe(1);
  });
});

describe('a review counting a plan’s indicators by their progress', () => {
  it.each([
    '纲要确定的24项主要指标中，15项基本符合或快于预期。',
    '其中，城镇化率、森林覆盖率、研发经费投入强度3项达到时序进度。',
    '居民收入增长、城镇调查失业率等9项达到或基本达到序时进度，2项未达进度。',
    '全县28项规划指标中，有6项指标进展滞后于预期。',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads counts of projects and results that are no indicators (must not fire)', () => {
    expect(read('全年实施技改项目30项，完成投资45亿元。').map((s) => s.split(' ').pop())).toEqual(['30项', '45亿元']);
    expect(read('获得省级科技进步奖12项，达到历史最好水平。').map((s) => s.split(' ').pop())).toEqual(['12项']);
    expect(read('新增发明专利授权420项，超过全年计划。').map((s) => s.split(' ').pop())).toEqual(['420项']);
    expect(read('力争新增国家标准制定8项。').map((s) => s.split(' ').pop())).toEqual(['8项']);
  });
});

describe('a plan counting its own boxes and figures (重点专栏, 示意图)', () => {
  it.each(['规划共设5篇20章，共有28个重点专栏和12幅示意图。', '纲要设置31个重点专栏。'])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads columns and boards built or set up (must not fire)', () => {
    expect(read('新建科普专栏120个。')).toEqual(['target increment 科普专栏 = 120个']);
    expect(read('全市设立党务公开专栏300个。')).toEqual(['target count 党务公开专栏 = 300个']);
  });
});

describe('measures and plans issued (制定, 推出, 出台, 印发)', () => {
  it('counts what a review says was issued as results, not as the document’s own parts', () => {
    expect(read('2023年，分季度制定三个稳经济工作方案，推出120项稳经济措施。')).toEqual([
      'actual count 稳经济工作方案 = 3个',
      'actual count 稳经济措施 = 120项',
    ]);
  });

  it('leaves a plan’s own measures alone: the count of what it sets out is structure', () => {
    expect(read('本方案共提出18条措施、6项重点任务。')).toEqual([]);
    expect(read('今年出台10条支持措施。')).toEqual([]);
  });

  it('reads 条 after or before a policy as its articles, structure in a plan (人才新政30条, 20条惠企政策)', () => {
    expect(read('制定出台人才新政30条。')).toEqual([]);
    expect(read('今年出台20条惠企政策。')).toEqual([]);
  });

  it('keeps the verb after the thing issued as part of the metric (标准制定 is the work counted)', () => {
    expect(read('参与国家标准制定20项。')).toEqual(['target count 参与国家标准制定 = 20项']);
  });
});

describe('a count of programmes known by their quoted names', () => {
  it('is no figure: 推进三个“一号工程”和“十项重大工程”', () => {
    expect(read('今年扎实推进三个“一号工程”和“十项重大工程”。')).toEqual([]);
    expect(read('今年深化两个“三年行动”。')).toEqual([]);
  });

  it('keeps quoted things that are counted', () => {
    expect(read('今年新建2个“口袋公园”，每村建设3-5户“试点厕”。')).toEqual(['target increment “口袋公园” = 2个', 'target count “试点厕” range 3户']);
  });
});

describe('投资N元建设…: an amount invested in what a plan builds', () => {
  it('is the investment target of the thing built', () => {
    expect(read('今年投资3000万元建设冷链物流中心。')).toEqual(['target level 冷链物流中心投资 = 3000万元']);
    expect(read('今年总投资5亿元实施城区供水管网改造工程。')).toEqual(['target level 城区供水管网改造工程投资 = 5亿元']);
  });

  it('leaves an amount before any other noun a qualifier (投资5亿元以上项目)', () => {
    expect(read('今年投资5亿元以上项目开工30个。')).toEqual(['target count 投资5亿元以上项目开工 = 30个']);
  });
});

describe('tiers crossed, counted (连续跨越3个千亿台阶)', () => {
  it('are no sum and no count to reach', () => {
    expect(read('过去五年，全市GDP连续跨越3个千亿台阶。')).toEqual([]);
    expect(read('五年来，地区生产总值连跨3个万亿元台阶。')).toEqual([]);
  });

  it('leaves a tier reached and clusters of a tier alone', () => {
    expect(read('今年地区生产总值迈上千亿台阶，培育3个千亿级产业集群。')).toEqual([
      'target level 地区生产总值 >= 1000亿元',
      'target count 千亿级产业集群 = 3个',
    ]);
  });
});

describe('programmes and lines of work counted bare are structure', () => {
  it.each(['到2026年，全市将通过五大行动、八项工程，推动数字经济规模翻番。', '四个加快：', '实施三项工程——“智造强县”工程、“数字乡村”工程和“人才回流”工程。'])(
    '%s',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it.each([
    ['实施重点水利工程6项。', 'target count 重点水利工程 = 6项'],
    ['推进12项工程建设。', 'target count 工程建设 = 12项'],
    ['新建工程8个。', 'target increment 工程 = 8个'],
    ['开展3个专项行动计划。', 'target count 专项行动计划 = 3个'],
  ])('still counts things named: %s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('projects on a government list, counted as what an investment covers', () => {
  it('reads no count of 12个省重点项目 before 完成投资', () => {
    expect(read('2023年，12个省重点项目完成投资46亿元。')).toEqual(['actual level 投资 = 46亿元']);
  });

  it('reads no count of projects opening their clause before 完成投资, list named or not (corpus Decisions 25, 33; catalogue r27x)', () => {
    expect(read('2023年，860个重大项目完成投资2.1万亿元。')).toEqual(['actual level 投资 = 2.1万亿元']);
  });

  it('reads no count of the projects a completion ratio of their plan is taken over (catalogue r27x SUBJECT_THEN_PLAN_SHARE, r33x)', () => {
    expect(read('2023年，12个省重点项目完成投资计划的110%。')).toEqual(['actual share 投资计划的 = 110%']);
  });

  it('reads no count of the projects 纳入…的 before 累计完成投资', () => {
    expect(read('2023年，纳入市级调度的35个重大项目累计完成投资88.5亿元。')).toEqual(['actual level 投资 = 88.5亿元']);
  });

  it.each([['力争20个省重点项目开工建设。', ['target count 省重点项目开工建设 = 20个']]])(
    'still counts projects with no list named, or with no investment after them: %s',
    (text, want) => {
      expect(read(text)).toEqual(want);
    },
  );
});

describe('a count whose only words list what follows (包括8项)', () => {
  it('counts the list items the text goes on to name: no entry', () => {
    expect(read('（一）发展目标。围绕年度任务，包括6项。')).toEqual([]);
    expect(read('考核指标主要包括5项。')).toEqual([]);
    expect(read('今年的工作分为三类，共计12项。')).toEqual([]);
  });

  it('leaves counts with a noun of their own alone', () => {
    expect(read('今年新开工项目包括8个。')).toEqual(['target count 新开工项目包括 = 8个']);
    expect(read('全县重点项目共计120个。')).toEqual(['target count 重点项目共计 = 120个']);
    expect(read('全年招引项目主要包括40个。')).toEqual(['target count 招引项目主要包括 = 40个']);
  });
});

describe('what a plan already has (巩固现有的8个…集群) and tiers listed before the noun they grade', () => {
  it('is the scope of its work or a kind of thing: no entry', () => {
    expect(read('全省将继续巩固现有的6个千亿级产业集群。')).toEqual([]);
    expect(read('今年将巩固提升现有3个省级园区，新建2个产业园。')).toEqual(['target increment 产业园 = 2个']);
    expect(read('加快把储能、低空经济等打造成新的五千亿级、万亿级产业集群。')).toEqual([]);
    // A tier in numerals after the 、 grades the noun as well (五十亿级, 二十亿级).
    expect(read('今年分类培育一批百亿级、五十亿级产业集群。')).toEqual([]);
    expect(read('今年培育千亿级、二百亿级龙头企业。')).toEqual([]);
  });

  it('leaves a stock a review reports, and tiers that are sizes reached, alone', () => {
    const actual = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.role} ${s.value}${s.unit}`);
    expect(actual('全省现有高新技术企业1.2万家。')).toEqual(['actual 12000家']);
    expect(read('两大产业规模分别达到4500亿、7000亿级规模。').length).toBe(2);
    // No tier is read as a size here; 各 gives each graded kind its count (Decisions 15), the first tier now read as grading too.
    expect(read('培育千亿级、五百亿级产业集群各2个。').map((s) => s.split(' ').at(-1))).toEqual(['2个', '2个']);
    // (must not fire) Tiers that are sizes reached keep their figures whatever numerals they are written in.
    expect(read('全市工业产值迈上百亿级、二百亿级台阶。').length).toBe(2);
  });
});

describe('what a meeting asks, counted as its points (两个新要求, 五项要求)', () => {
  it('is the speech’s structure: no entry', () => {
    expect(read('原标题：全年经济会议，在稳增长方面提出两个新要求')).toEqual([]);
    expect(read('会议对下一步工作提出五项要求。')).toEqual([]);
  });

  it('leaves things that meet a requirement, counted, alone', () => {
    expect(read('全市达到环保要求的企业120家。').length).toBe(1);
    expect(read('新增符合要求的项目30个。').length).toBe(1);
  });
});

describe('a count after a listing verb whose list follows at once (共有3项，依次为：)', () => {
  it('counts the list spelled out after it: no entry', () => {
    expect(read('他提到的有利条件共有3项，依次为：市场空间广阔；政策持续发力；改革不断深化。')).toEqual([]);
    expect(read('今年的重点任务主要包括5个方面：一是稳投资，二是促消费。')).toEqual([]);
    expect(read('全市支持政策共计4条，分别是：减税降费、稳岗返还、房租减免、融资担保。')).toEqual([]);
  });

  it('leaves a count with no list after it, or a list verb before the noun, a figure', () => {
    expect(read('全县重点项目共计120个。')).toEqual(['target count 重点项目共计 = 120个']);
    expect(read('全县重点项目共有120个，总投资500亿元。').length).toBe(2);
    expect(read('全市共有规上工业企业500家，其中高新技术企业80家。').length).toBe(2);
    expect(read('签约项目共计30个，分别来自长三角和珠三角。').length).toBe(1);
  });
});

describe('a document counting its own indicators, then saying something of them (4个结构性指标均…, …指标中)', () => {
  it('is the size of the list, no entry', () => {
    expect(read('6个主要指标均实现两位数增长。')).toEqual([]);
    expect(read('5个约束性指标中，3个已提前完成。').filter((s) => s.includes('约束性指标'))).toEqual([]);
  });

  it('leaves things counted with 中 after them alone', () => {
    expect(read('新建3个产业园中。')).toEqual(['target increment 产业园中 = 3个']);
  });
});

describe('发布 and 颁布 issue things counted, as 制定 and 出台 do', () => {
  it.each([
    ['去年发布110项“区域标准”，80项政务服务事项实现跨省通办。', ['actual count “区域标准” = 110项', 'actual count 政务服务事项实现跨省通办 = 80项']],
    ['今年将发布地方标准20项。', ['target count 地方标准 = 20项']],
    ['去年颁布了5项稳增长措施。', ['actual count 稳增长措施 = 5项']],
    // A document's own measures in a plan stay its structure; 发布会 is a noun, not the verb.
    ['全年发布5项措施。', []],
    ['全年举办新闻发布会30场。', ['target count 新闻发布会 = 30场']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('建成区: the built-up area, a noun, not the verb 建成', () => {
  it.each([
    ['到2025年，建成区面积达到210平方公里。', 'target level 建成区面积 >= 210平方公里'],
    ['城市建成区绿化覆盖率达到43%。', 'target share 城市建成区绿化覆盖率 >= 43%'],
    ['建成区人均公园绿地面积达到15平方米。', 'target level 建成区人均公园绿地面积 >= 15平方米'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('建成 before 区域, 区级 or any other object is still the verb (must not fire)', () => {
    expect(read('建成区域医疗中心3个。')).toEqual(['target count 区域医疗中心 = 3个']);
    expect(read('建成区级公园5个。')).toEqual(['target count 区级公园 = 5个']);
    expect(read('建成高标准农田20万亩。')[0]).toContain(' 高标准农田 ');
  });
});

describe('a count after a phrase that is only a verb of work (打通, 建成, 培养, 加装)', () => {
  it.each([
    ['打通12条断头路。', 'target count 断头路 = 12条'],
    ['建成25个城市书房。', 'target count 城市书房 = 25个'],
    ['培养300名乡村医生。', 'target count 乡村医生 = 300名'],
    ['加装8部无障碍电梯。', 'target count 无障碍电梯 = 8部'],
    ['整治45个背街小巷。', 'target count 背街小巷 = 45个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each([
    '建成千亿级先进制造业集群。',
    '打造百亿元级产业园区。',
    '打通“最后一公里”。',
    '整治3个方面突出问题。',
    '建成5G基站网络。',
    '改造2000年以前建成的老旧小区。',
    '培养十大产业人才队伍。',
    '加装一批智能设备，建成一期工程。',
  ])('no count: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('新建 joined to a verb of reworking counts built and reworked things together (Decisions 16)', () => {
  it.each([
    ['新建改建8家农贸市场。', 'target count 农贸市场 = 8家'],
    ['新建或改建12家社区食堂。', 'target count 社区食堂 = 12家'],
    ['新建提升30处口袋公园。', 'target count 口袋公园 = 30处'],
    ['新建、改（扩）建中小学校9所。', 'target count 新建、改（扩）建中小学校 = 9所'],
    ['城市书房新建提升15个。', 'target count 城市书房 = 15个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each([
    ['新建社区养老服务站40个。', 'target increment 社区养老服务站 = 40个'],
    ['新建5G基站1200个，提升网络覆盖质量。', 'target increment 5G基站 = 1200个'],
    ['新建停车泊位3000个、改造老旧小区20个。', 'target increment 停车泊位 = 3000个'],
    ['新建幼儿园6所，提质改造农村学校10所。', 'target increment 幼儿园 = 6所'],
    ['新建标准厂房12栋。', 'target increment 标准厂房 = 12栋'],
  ])('only 新建: %s', (text, want) => {
    expect(read(text)[0]).toEqual(want);
  });
});

describe('a length or area heading the next item of a list that a verb of work governs', () => {
  it('reads 建设120个社区书屋、35公里滨河绿道 as two targets', () => {
    expect(read('建设120个社区书屋、35公里滨河绿道。')).toEqual(['target count 社区书屋 = 120个', 'target count 滨河绿道 = 35公里']);
  });

  it('reads 打造8个街心公园、6万平方米城市绿地 as two targets', () => {
    expect(read('打造8个街心公园、6万平方米城市绿地。')).toEqual(['target count 街心公园 = 8个', 'target count 城市绿地 = 6万平方米']);
  });

  it.each([
    '建成20个驿站、3公里外的服务点。',
    '建成20个驿站、3公里以上绿道。',
    '建设10个公园、5万平方米以上的绿地。',
    '新建5G基站100个、5公里管网。',
    '总投资12亿元、占地300亩的产业园开工建设。',
  ])('only the first: %s', (text) => {
    expect(read(text).length).toBeLessThanOrEqual(1);
  });
});

describe('在N个村开展…: the places counted by the work done in them', () => {
  it.each([
    ['在86个村开展人居环境整治。', 'target count 村开展人居环境整治 = 86个'],
    ['在9个乡镇实施高标准农田建设。', 'target count 乡镇实施高标准农田建设 = 9个'],
    ['在20个社区推广垃圾分类。', 'target count 社区推广垃圾分类 = 20个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each(['在3个方面开展工作。', '在2个村庄周边建设绿道。', '在5个社区之间开展交流。', '在10个重点领域推进改革。', '在全市12个乡镇中选择试点。'])(
    'no count: %s',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('counts after verbs of helping and guiding (指导, 支持, 帮扶, 服务…)', () => {
  it.each([
    ['到2026年，指导5家以上农业企业申报省级龙头企业。', 'target count 农业企业申报省级龙头企业 >= 5家'],
    ['全年支持6家企业挂牌上市。', 'target count 企业挂牌上市 = 6家'],
    ['精准帮扶320户低收入农户。', 'target count 低收入农户 = 320户'],
    ['重点扶持12个村集体经济项目。', 'target count 村集体经济项目 = 12个'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each([
    '聚焦服务4个方面开展工作。',
    '重点支持3大领域发展。',
    '积极引导社会资本投入，支持企业发展。',
    '围绕服务保障2个国家战略谋划项目。',
    '指导各地做好3项任务。',
    '鼓励企业参与，服务群众。',
  ])('no count: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('land and road a bare verb of work covers (建成10万亩…, 打通5公里…)', () => {
  it.each([
    ['到2026年，建成8万亩高标准农田。', 'target count 高标准农田 = 8万亩'],
    ['今年打通3.5公里断头路。', 'target count 断头路 = 3.5公里'],
    ['全年整治12万平方米背街小巷。', 'target count 背街小巷 = 12万平方米'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each(['今年建成2000平方米的党群服务中心。', '建成300亩以上的产业园区。', '建成5万吨级码头泊位。', '建成5公里外的物流园。', '建成2万亩以上优质粮油基地。'])(
    'no count: %s',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});
