import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { headingRegion, nameBefore, readIssuer, writtenDistricts } from '../src/reader/issuer.ts';
import {
  autonomousCountyWritten,
  countMentions,
  countSentenceLineMentions,
  findRegion,
  levelOfName,
  regionOpening,
  REGIONS,
  timesNamed,
} from '../src/reader/regions.ts';

describe('the gazetteer', () => {
  it('holds every province-level region and every prefecture-level division under its province', () => {
    const provinces = REGIONS.filter((r) => r.level === 'province');
    const cities = REGIONS.filter((r) => r.level === 'city');
    expect(provinces).toHaveLength(34);
    // the 333 prefecture-level divisions and 济源, a county-level city of a prefecture's standing
    expect(cities).toHaveLength(334);
    for (const c of cities) expect(findRegion(c.parent!)?.level, c.name).toBe('province');
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(REGIONS.length);
  });

  it('knows full names and short forms, a province keeping a short form it shares', () => {
    expect(findRegion('广西')?.name).toBe('广西壮族自治区');
    expect(findRegion('延边')).toMatchObject({ name: '延边朝鲜族自治州', level: 'city', parent: '吉林省' });
    expect(findRegion('吉林')?.name).toBe('吉林省');
    expect(findRegion('吉林市')).toMatchObject({ level: 'city', parent: '吉林省' });
    expect(findRegion('海南')?.name).toBe('海南省');
    expect(findRegion('金安区')).toMatchObject({ level: 'district', parent: '六安市' });
    expect(findRegion('常熟')).toMatchObject({ name: '常熟市', level: 'district', parent: '苏州市' });
  });

  it('counts mentions in one pass, the longest name at a place winning', () => {
    const counts = countMentions('乐山市全力抓好工作，乐山经信局；马鞍山市');
    expect(counts.get(findRegion('乐山市')!)).toBe(2);
    expect(counts.get(findRegion('马鞍山市')!)).toBe(1);
    expect(counts.get(findRegion('鞍山市')!)).toBeUndefined();
  });

  it('counts the lines that hold a 。 as those lines joined would be counted, in the same pass', () => {
    // Invented: a heading and a dateline without 。, names at a line's start and end, a one-character county after a break.
    const text = '乐山市发展大会召开\n本报讯 乐山市今年新增企业50户。眉山\n眉山市、雅安市协同推进\n康县\n全市力争增长6%。乐山';
    const joined = text
      .split('\n')
      .filter((line) => line.includes('。'))
      .join('\n');
    const lines = countSentenceLineMentions(text);
    const whole = countMentions(text);
    expect([...lines]).toEqual([...countMentions(joined)]);
    expect([...countMentions(text)]).toEqual([...whole]);
    expect(lines.get(findRegion('乐山市')!)).toBe(2);
    expect(whole.get(findRegion('乐山市')!)).toBe(3);
    expect(lines.get(findRegion('雅安市')!)).toBeUndefined();
  });

  it('gives documents from anywhere their region, level and parent', () => {
    const info = readDocumentInfo('乐山市全力抓好“小升规”工作\n全市新增规上工业企业50户，市经信局牵头。全市力争……');
    expect(info).toMatchObject({ region: '乐山市', level: 'city', parentRegion: '四川省' });
  });
});

describe('the issuer of a plan', () => {
  it('is the government that gives a report to its own congress, whatever province it ranks in', () => {
    const text =
      '——在青禾县第九届人民代表大会第三次会议上\n青禾县人民政府县长 李某\n各位代表：现在，我代表县人民政府向大会报告工作。全省第一，全省前列，全县上下。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '青禾县', level: 'district' });
  });

  it('names the last region of a chain before the congress (深圳市罗湖区 → 罗湖区)', () => {
    expect(readIssuer('1月5日，宁安市北湖区第三届人民代表大会第二次会议开幕。')).toEqual({ name: '北湖区', level: 'district' });
    expect(nameBefore('在陇县第十七届', 3)).toEqual({ name: '陇县', start: 1 });
    // A province's short name written before the name is no part of it; an autonomous region keeps its own.
    expect(nameBefore('山东巨野县第十九届', 5)?.name).toBe('巨野县');
    expect(nameBefore('代表广西壮族自治区人民政府', 9)?.name).toBe('广西壮族自治区');
  });

  it('takes a bare 市 to the known region so named, and a county-level city the gazetteer lacks to a district', () => {
    expect(readIssuer('现在，我代表市人民政府向大会报告工作。三明市今年……三明市')).toEqual({ name: '三明市', level: 'city' });
    expect(readIssuer('白杨河市第五届人民代表大会第一次会议')).toEqual({ name: '白杨河市', level: 'district' });
    expect(levelOfName('重庆市')).toBe('province');
    // a province-governed county-level city of a prefecture's standing speaks as a city; the others stay districts
    expect(levelOfName('济源市')).toBe('city');
    expect(findRegion('济源市')?.parent).toBe('河南省');
    expect(levelOfName('仙桃市')).toBe('district');
    expect(levelOfName('神农架林区')).toBe('district');
    expect(levelOfName('某某自治区')).toBe('province');
  });

  it('does not take the governments a notice is sent to, nor one cited mid-sentence, for its issuer', () => {
    expect(readIssuer('各县（市）、区人民政府，市人民政府有关部门：')).toBeNull();
    expect(readIssuer('根据中共某省委办公厅某省人民政府办公厅印发的通知')).toBeNull();
    expect(readIssuer('某县人民政府办公室\n关于印发……的通知')).toEqual({ name: '某县', level: 'district' });
  });

  it('takes the government a news report says issued the plan (X人民政府印发《…》) for its issuer', () => {
    expect(readIssuer('近日，河北省人民政府印发《河北省数字经济促进行动方案》，提出到2027年…')).toEqual({ name: '河北省', level: 'province' });
    // Cited inside a sentence (根据…印发的方案) it is another's document, not the issuer.
    expect(readIssuer('根据河北省人民政府印发的方案，全市新增规上工业企业50家。')).toBeNull();
  });

  it('takes the one region a text keeps naming, when no issuer and no scope word says', () => {
    const text = '产业概况 江西省地处长江中游。2023年，江西省粮食产量430亿斤，增长1.2%。江西省森林覆盖率63%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '江西省', level: 'province' });
    // Two regions named nearly as often: neither is what the text is about.
    const pair = '2023年，江西省粮食产量430亿斤，湖南省620亿斤；江西省油菜面积增长3%，湖南省增长2%；江西省居首。';
    expect(readDocumentInfo(pair).region).toBeNull();
  });

  it('does not count 全省 that ranks the issuer against its province as the scope', () => {
    const text = '全市工业增加值增长6%，居全省第2位；增速高于全省平均，列全省前列。全市新增企业50户。';
    expect(readDocumentInfo(text).level).toBe('city');
  });

  it('does not count 全省 that a share is taken of (占全省比重) as the scope: the city the page keeps naming speaks', () => {
    const text = '株洲“十四五”答卷\n株洲12月1日电 2024年株洲地区生产总值达4000亿元，进出口总额占全省比重稳步提升。株洲制造加快升级，株洲经济稳中向好。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '株洲市', level: 'city' });
    expect(readDocumentInfo('全省工业增加值增长6%。全省新增企业500户。').level).toBe('province');
  });

  it('reads a region inside the scope region, named more often in sentences, as the issuer', () => {
    const text = '辽宁日报\n铁岭市推进乡村振兴，在全省实施三项工程。铁岭市粮食增产。全省第二。\n铁岭市新增50个村。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '铁岭市', level: 'city' });
  });

  it('reads the names a title opens with, each below the one before', () => {
    expect(headingRegion('（某省）青禾市北湖区国民经济和社会发展规划')).toBe('北湖区');
    expect(headingRegion('北湖区召开区委全会')).toBe('北湖区');
    expect(headingRegion('2月10日，青禾县召开经济工作会议')).toBe('青禾县');
    expect(headingRegion('省政府批转省发展改革委的通知')).toBeNull();
    // 关于 (关于印发) before the name: a report's or notice's title.
    expect(headingRegion('关于青禾市北湖区2024年计划执行情况的报告')).toBe('北湖区');
    expect(headingRegion('关于印发青禾县2025年工作要点的通知')).toBe('青禾县');
    expect(headingRegion('关于做好全省春耕生产的通知')).toBeNull();
  });

  it('reads a text the State Council speaks in as national', () => {
    expect(readDocumentInfo('国务院总理在政府工作报告中介绍，过去一年粮食产量稳定。')).toMatchObject({ region: '全国', level: 'national' });
    expect(readDocumentInfo('全省认真贯彻党中央、国务院重大决策，全省数字经济增长。').level).toBe('province');
  });

  it('reads a digest of a government work report that reports 国内生产总值 and names no region as national', () => {
    const digest = '【两会速览】政府工作报告晒出成绩单\n过去一年，国内生产总值达到130万亿元，增长5%。今年发展主要预期目标是：国内生产总值增长5%左右。';
    expect(readDocumentInfo(digest)).toMatchObject({ region: '全国', level: 'national' });
    // A scope word of its own, a region's 地区生产总值, a share of the nation's, or no report: not national.
    expect(readDocumentInfo('政府工作报告指出，去年全县国内生产总值增长8%。').level).toBe('district');
    expect(readDocumentInfo('政府工作报告显示，地区生产总值增长6%，国内生产总值增长5%。').level).toBeNull();
    expect(readDocumentInfo('政府工作报告显示，研发投入占国内生产总值比重达到2.5%。').level).toBeNull();
    expect(readDocumentInfo('专家预测，明年国内生产总值增长5%左右。').level).toBeNull();
  });
});

describe('a headline opening with a short name set apart', () => {
  it('names the region it speaks for (湖南2025年目标, 四川：…)', () => {
    expect(readDocumentInfo('湖南2025年目标一览\n经济增长\n•增长5.5%')).toMatchObject({ region: '湖南省', level: 'province' });
    expect(regionOpening('四川：到2030年建成100个智慧园区')?.name).toBe('四川省');
    expect(regionOpening('绍兴 2025年计划')?.name).toBe('绍兴市');
  });

  it('names none when the short form runs into other words, or the line is empty', () => {
    expect(regionOpening('中山大学2025年招生计划')).toBeUndefined();
    expect(regionOpening('长春花盛开')).toBeUndefined();
    expect(regionOpening('')).toBeUndefined();
  });
});

describe('a disclosure page names its document in a metadata row', () => {
  it('takes the title (and the plan year it names) from 名称: | … |', () => {
    const text = [
      '索引号: | 1150/2025-00001 | 信息分类: | 计划 |',
      '名称: | 青禾县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告 | ||',
      '各位代表:',
      '一、2024年国民经济和社会发展计划执行情况',
      '2024年，全县地区生产总值增长6%。',
    ].join('\n');
    expect(readDocumentInfo(text)).toMatchObject({ title: '青禾县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告', year: 2025 });
  });

  it('takes no title from a 原标题: line (the headline a repost replaced)', () => {
    expect(readDocumentInfo('某省工业稳步增长\n原标题:今年全省工业增加值将增长7%\n全省工业增加值增长7%。').title).not.toBe('今年全省工业增加值将增长7%');
  });
});

describe('a document the text cites names another issuer (根据《X人民政府关于…》)', () => {
  it('gives no vote to the cited document’s government', () => {
    const text = '各乡镇人民政府：\n根据《绵阳市人民政府关于下达2018年目标任务的通知》要求，现将目标任务下达你们。\n绵阳市涪城区人民政府\n2018年5月6日';
    expect(readIssuer(text)).toEqual({ name: '涪城区', level: 'district' });
  });

  it('still counts a government named in a title of its own or a signature', () => {
    expect(readIssuer('《某县人民政府关于印发2018年工作要点的通知》\n某县人民政府\n2018年3月1日')?.level).toBe('district');
    expect(readIssuer('绵阳市人民政府关于下达2018年目标任务的通知\n绵阳市人民政府\n2018年5月6日')).toEqual({ name: '绵阳市', level: 'city' });
  });
});

describe('words of a sentence before 市 or 县 are no region, and a part of the year opening a headline names none', () => {
  it('较好完成市十五届人大…: the verb ends the words of the sentence, leaving the bare 市', () => {
    expect(nameBefore('我们较好完成市十五届人大三次会议确定的目标', '我们较好完成市'.length)?.name).toBe('市');
    expect(nameBefore('全面落实县十八届人大二次会议部署', '全面落实县'.length)?.name).toBe('县');
  });

  it('二季度某县…: the part of the year opening a headline is no part of the name', () => {
    expect(headingRegion('二季度沭阳县24个重大产业项目开工')).toBe('沭阳县');
    expect(headingRegion('上半年，灌云县重大项目集中签约')).toBe('灌云县');
    expect(headingRegion('前三季度兴化市经济运行平稳')).toBe('兴化市');
  });

  it('names with no such verb or time keep their words (must not fire)', () => {
    expect(nameBefore('通江县第十八届人民代表大会', '通江县'.length)?.name).toBe('通江县');
    expect(nameBefore('在定西市第五届人民代表大会', '在定西市'.length)?.name).toBe('定西市');
    expect(headingRegion('季度考核：沭阳县项目开工')).toBe(null);
    expect(headingRegion('沭阳县二季度24个重大产业项目开工')).toBe('沭阳县');
  });
});

describe('words of a sentence before 省 are no province', () => {
  it('认真执行省十四届人大三次会议 names the bare 省, and the province the text names most is the issuer', () => {
    expect(nameBefore('各部门认真执行省十四届人大三次会议', '各部门认真执行省'.length)?.name).toBe('省');
    const text =
      '某省新闻网\n2月5日，省发展改革委受省政府委托作《关于湖南省2025年计划执行情况的报告》。各地认真执行省十四届人大三次会议批准的计划，湖南省经济稳中向好。';
    expect(readDocumentInfo(text).region).toBe('湖南省');
  });

  it('a province written whole keeps its name (must not fire)', () => {
    expect(nameBefore('湖南省十四届人大三次会议', '湖南省'.length)?.name).toBe('湖南省');
    expect(nameBefore('在广西壮族自治区第十四届人民代表大会', '在广西壮族自治区'.length)?.name).toBe('广西壮族自治区');
    expect(nameBefore('陇县第十七届人民代表大会', '陇县'.length)?.name).toBe('陇县');
    expect(nameBefore('深圳市罗湖区第七届', '深圳市罗湖区'.length)?.name).toBe('罗湖区');
  });
});

describe('words before a province’s full name are no part of it', () => {
  it('省委四川省 names 四川省', () => {
    expect(nameBefore('中共省委四川省十二届', '中共省委四川省'.length)?.name).toBe('四川省');
  });
});

describe('the nation as the issuer', () => {
  it('a report to the National People’s Congress, or a State Council minister who speaks', () => {
    expect(readDocumentInfo('要点速览\n3月5日，国务院总理向十四届全国人大四次会议作政府工作报告，要点如下：\n国内生产总值增长5%')).toMatchObject({
      region: '全国',
      level: 'national',
    });
    expect(readDocumentInfo('商务部部长接受专访时表示，2025年社会消费品零售总额增长4%。')).toMatchObject({ region: '全国', level: 'national' });
  });

  it('a province’s own congress and its department heads stay the province’s (must not fire)', () => {
    expect(readDocumentInfo('在湖南省第十四届人民代表大会第四次会议上\n全省地区生产总值增长5%。').region).toBe('湖南省');
    expect(readDocumentInfo('全省商务工作会议召开，省商务厅厅长在会上介绍，全省社会消费品零售总额增长5%。').level).toBe('province');
    expect(readDocumentInfo('全市工业经济会议召开，市工信局局长作报告，全市规上工业增加值增长7%。').level).toBe('city');
  });

  it('a deputy to the National People’s Congress, or a minister only named, is no national issuer (must not fire)', () => {
    expect(readDocumentInfo('十四届全国人大代表、某集团董事长表示，今年集团营业收入力争增长15%。').level).not.toBe('national');
    expect(readDocumentInfo('在十四届全国人大代表团全体会议上，某县县长表示，今年力争新建高标准农田10万亩。').level).not.toBe('national');
    expect(readDocumentInfo('某企业负责人表示，今年力争销售收入突破50亿元，落实工信部部长提出的要求。').level).not.toBe('national');
  });
});

describe('news of the nation’s press conferences', () => {
  it('reads a national body holding a press conference or speaking through its spokesman as national', () => {
    expect(readDocumentInfo('10月31日电 国家发改委31日举行新闻发布会，介绍前三季度经济运行情况。').level).toBe('national');
    expect(readDocumentInfo('国家统计局新闻发言人今天表示，上半年经济运行总体平稳。').region).toBe('全国');
    expect(readDocumentInfo('全国政协十四届三次会议新闻发布会3月3日下午举行。').level).toBe('national');
    expect(readDocumentInfo('日前，国家发展改革委负责同志回答了记者提问。').level).toBe('national');
  });

  it('leaves a region that only cites the national bodies, or has its own scope, alone', () => {
    expect(readDocumentInfo('省统计局新闻发言人表示，前三季度全省经济运行总体平稳。').level).toBe('province');
    expect(readDocumentInfo('据国家统计局发布的数据，全市规上工业增加值增长6%。').level).toBe('city');
    expect(readDocumentInfo('国家发改委批复了我市的两个项目。').level).not.toBe('national');
  });
});

describe('a bare suffix beside a named issuer ending in it', () => {
  it('is that issuer’s own congress and head: a county-level city stays itself', () => {
    const text =
      '——在市十八届人大四次会议上\n代市长 某某\n现在，我代表宜兴市人民政府向大会报告工作。预计地区生产总值增长6%，增速居无锡第二，工业投资领跑无锡，无锡平均水平以上。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宜兴市', level: 'district' });
  });

  it('a prefecture’s report keeps its level, and a bare suffix of another level is not folded (must not fire)', () => {
    expect(readDocumentInfo('在扬州市九届人大四次会议上\n我代表扬州市人民政府报告工作，市长作报告。全市地区生产总值增长6%。')).toMatchObject({
      region: '扬州市',
      level: 'city',
    });
    expect(readIssuer('我代表区人民政府向大会报告工作。区十七届人大三次会议。市长出席会议。')).toMatchObject({ level: 'district' });
    expect(readIssuer('我代表罗湖区人民政府报告工作。市长出席。')).toMatchObject({ name: '罗湖区', level: 'district' });
  });

  it('an autonomous prefecture written as its short form and 州 is the gazetteer’s prefecture', () => {
    expect(findRegion('大理州')).toMatchObject({ name: '大理白族自治州', level: 'city' });
    expect(readIssuer('大理白族自治州第十五届人民代表大会开幕。州长代表大理州人民政府作报告。')).toMatchObject({
      name: '大理白族自治州',
      level: 'city',
    });
    // 海南 alone is the province, 海南州 the prefecture (must not fire).
    expect(findRegion('海南州')).toMatchObject({ name: '海南藏族自治州' });
  });
});

describe('scope words of a county’s text', () => {
  it('the county’s bureaus say the county; the provincial party committee it follows says nothing', () => {
    const text = '县发改局传达学习省委经济工作会议精神，县工信局部署今年工作：新增规上工业企业12家。';
    expect(readDocumentInfo(text).level).toBe('district');
    expect(readDocumentInfo('认真落实省委十届历次全会和市委全会精神，县委部署，全县地区生产总值增长6%。').level).toBe('district');
    // 省市和区委: superiors listed together are no province department.
    expect(readDocumentInfo('按照省市和区委工作要求，区发改局牵头，今年地区生产总值增长6%。').level).toBe('district');
  });

  it('a province’s departments still say the province (must not fire)', () => {
    expect(readDocumentInfo('省发展改革委印发通知，省工信厅牵头，今年规上工业增加值增长7%。').level).toBe('province');
    expect(readDocumentInfo('全省地区生产总值增长5.5%，省委省政府部署。').level).toBe('province');
    expect(readDocumentInfo('市发改局牵头，县区配合，全市固定资产投资增长8%。').level).toBe('city');
  });
});

describe('words of a news report before the congress it names', () => {
  it('记者从X获悉 and 提请X…会议审议 name X, not the reporter’s words', () => {
    expect(readIssuer('本报讯 日前，记者从德阳市十届人大三次会议上获悉，今年全市地区生产总值增长6.5%。')).toMatchObject({
      name: '德阳市',
      level: 'city',
    });
    expect(nameBefore('25日，提请县十八届人大', '25日，提请县'.length)?.name).toBe('县');
  });

  it('a region whose own name begins with 从 keeps it (must not fire)', () => {
    expect(nameBefore('从化区第十七届人民代表大会', '从化区'.length)?.name).toBe('从化区');
    expect(nameBefore('在从江县第十七届人民代表大会', '在从江县'.length)?.name).toBe('从江县');
    expect(readIssuer('现在，我代表从化区人民政府向大会报告工作。')).toMatchObject({ name: '从化区', level: 'district' });
  });
});

describe('a county-level city after its prefecture in a title', () => {
  it('is the region the title opens with, a district-level one', () => {
    expect(headingRegion('（湖北省）荆州市松滋市2024年国民经济和社会发展计划')).toBe('松滋市');
    const text =
      '（湖北省）荆州市松滋市国民经济和社会发展十四五规划（2022年更新）\n松滋市十四五规划纲要，主要阐明市委、市政府战略意图。全市地区生产总值年均增长7%。';
    expect(readDocumentInfo(text)).toMatchObject({
      region: '松滋市',
      level: 'district',
    });
  });

  it('two prefectures side by side, or a prefecture alone, stay the first (must not fire)', () => {
    expect(headingRegion('南京市镇江市共建产业园区实施方案')).toBe('南京市');
    expect(headingRegion('荆州市2024年国民经济和社会发展计划')).toBe('荆州市');
    expect(headingRegion('荆州市市场监管局2024年工作要点')).toBe('荆州市');
  });
});

describe('a province that speaks without writing its name', () => {
  it('an autonomous region named once, whose 我区/全区 a district’s scope words would claim', () => {
    const text = '宁夏日报讯 记者从经济工作新闻发布会上了解到，我区将全力稳增长，全区规上工业增加值力争增长7%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宁夏回族自治区', level: 'province' });
  });

  it('the province above every prefecture it names, when its head speaks', () => {
    const text = '自治区两会在南宁召开，自治区主席作政府工作报告。柳州、桂林两市工业增长较快，全区地区生产总值增长5.5%左右。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '广西壮族自治区', level: 'province' });
  });

  it('a district that names its city, or a province text naming prefectures of two provinces, is left alone (must not fire)', () => {
    const district = readDocumentInfo('宁夏银川市召开会议。我区将全力稳增长，全区地区生产总值增长6%，区发改局牵头。');
    expect(district.level).toBe('district');
    expect(district.region).not.toBe('宁夏回族自治区');
    const two = readDocumentInfo('省长作政府工作报告。省委部署，全省与南宁、昆明两市合作，全省地区生产总值增长5%。');
    expect(two).toMatchObject({ region: null, level: 'province' });
  });
});

describe('a text with no issuer phrase and no scope word', () => {
  it('speaks for the lowest of the regions it names on one line of descent', () => {
    const text = '2025年工作安排\n今年是“十四五”收官之年，也是衢州现代化建设的关键一年。深入贯彻习近平总书记关于浙江和衢州重要讲话精神。地区生产总值增长6%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '衢州市', level: 'city' });
  });

  it('not when it names a district the gazetteer lacks, nor regions on two lines, nor the nation’s dateline (must not fire)', () => {
    const district = '今年也是某庆区发展进程中不平凡的一年。总书记亲临广西视察，深入某庆考察，落实南宁市委部署。地区生产总值增长6%。';
    expect(readDocumentInfo(district).region).not.toBe('南宁市');
    expect(readDocumentInfo('2025年工作安排\n学习杭州、成都两地经验。地区生产总值增长6%。').region).toBeNull();
    expect(readDocumentInfo('新华社北京3月5日电 国务院总理在政府工作报告中说，今年国内生产总值增长5%左右。').region).toBe('全国');
  });
});

describe('the districts of the four province-level cities', () => {
  it('are known by their full names, under their city', () => {
    const text = '现在，我代表区人民政府向大会报告工作。过去一年，河西区经济稳中向好，全区地区生产总值增长5%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '河西区', level: 'district', parentRegion: '天津市' });
    expect(findRegion('渝中区')).toMatchObject({ level: 'district', parent: '重庆市' });
  });

  it('their short forms stay ordinary words and other regions (must not fire)', () => {
    const counts = countMentions('坚持和平发展，河北经济向好，江北新区、长寿之乡、宝山钢铁、南开大学。');
    expect([...counts.keys()].map((r) => r.name)).toEqual(['河北省']);
    expect(findRegion('朝阳')?.name).toBe('朝阳市');
  });

  it('a full name a district of another city bears too names no municipality (must not fire)', () => {
    expect(readDocumentInfo('长春市朝阳区2024年政府工作报告\n今年，全区地区生产总值增长6%。').parentRegion).not.toBe('北京市');
    expect(readDocumentInfo('南通市通州区2024年政府工作报告\n今年，全区地区生产总值增长6%。').parentRegion).not.toBe('北京市');
    expect(readDocumentInfo('宁波市江北区2024年政府工作报告\n今年，全区地区生产总值增长6%。').parentRegion).not.toBe('重庆市');
    expect(findRegion('普陀区')).toBeUndefined();
    // Names a municipality's district alone bears still name it.
    expect(readDocumentInfo('海淀区2024年政府工作报告\n今年，全区地区生产总值增长6%。').parentRegion).toBe('北京市');
  });
});

describe('the region a reporter learns a plan from', () => {
  it('记者从X获悉 names X, the last of a chain, over a news agency’s city', () => {
    expect(readDocumentInfo('新华社武汉1月10日电 记者从鄂州市两会获悉，今年鄂州地区生产总值增长7%左右。')).toMatchObject({
      region: '鄂州市',
      level: 'city',
    });
    expect(readDocumentInfo('据四川在线消息，记者日前从宜宾市兴文县获悉，今年全县地区生产总值增长7%。')).toMatchObject({
      region: '兴文县',
      level: 'district',
    });
  });

  it('a bureau, a scope word or the nation’s statistics office names no region (must not fire)', () => {
    expect(readIssuer('记者从市发改委获悉，今年全市重点项目投资增长10%。')).toBeNull();
    expect(readIssuer('记者从全省经济工作会议上了解到，今年全省地区生产总值增长5%。')).toBeNull();
    expect(readIssuer('记者从国家统计局获悉，全国规上工业增加值增长6%。')).toBeNull();
  });

  it('a company, bank, university or hospital named after its place issues nothing (must not fire)', () => {
    expect(readIssuer('记者从国家电网浙江省电力有限公司获悉，今年计划投资电网建设300亿元。')).toBeNull();
    expect(readIssuer('记者从杭州银行获悉，今年该行计划新增贷款500亿元。')).toBeNull();
    expect(readIssuer('记者从苏州大学获悉，今年学校计划新增博士点5个。')).toBeNull();
    expect(readDocumentInfo('记者从国家电网浙江省电力有限公司获悉，今年计划投资电网建设300亿元。').region).not.toBe('国家电网浙江省');
  });
});

describe('a news dateline’s place', () => {
  it('is where a story was filed, not whose plan it is', () => {
    expect(readDocumentInfo('新华社武汉1月10日电 今年鄂州地区生产总值增长7%左右，鄂州将加快建设航空港。')).toMatchObject({
      region: '鄂州市',
      level: 'city',
    });
  });

  it('a local paper’s dateline over its own city’s scope words still names it; a congress names its issuer (must not fire)', () => {
    expect(readDocumentInfo('本报太原2月9日讯 全市地区生产总值增长6%，市发改局牵头。').region).toBe('太原市');
    expect(readDocumentInfo('央广网果洛2月26日消息 果洛藏族自治州第十五届人民代表大会开幕，全州地区生产总值增长3%。').region).toBe('果洛藏族自治州');
  });
});

describe("the premier's report to the National People's Congress, reposted", () => {
  const region = (text: string) => extractPlan(text).region;
  it('speaks for the nation, whatever venue or outlet the page names', () => {
    expect(
      region(
        '北京即时报导\n十四届全国人大三次会议今日上午在北京人民大会堂开幕，国务院总理作政府工作报告。北京人民大会堂外，今年发展主要预期目标是：国内生产总值增长5%左右。',
      ),
    ).toBe('全国');
    expect(
      region(
        '稿件来源：香港新闻网\n香港新闻网3月5日电 十四届全国人大二次会议举行开幕会。国务院总理在政府工作报告中指出，国内生产总值增长5%左右。\n【香港故事】香港过中秋节\n香港火龙起舞',
      ),
    ).toBe('全国');
  });

  it("leaves a province's own report, and a province's news of the premier, with the province", () => {
    expect(region('广东省十四届人大二次会议今日开幕，省长作政府工作报告：全省地区生产总值增长5%。')).toBe('广东省');
    expect(region('国务院总理在安徽考察时强调要稳增长。安徽省地区生产总值增长5.8%，安徽省一般公共预算收入增长3%。')).not.toBe('全国');
  });
});

describe('a congress headline broken after 届', () => {
  it('still names the county the report is given to (在宁远县第十八届⏎人民代表大会)', () => {
    const text = '政府工作报告\n——2024年3月1日在宁远县第十八届\n人民代表大会第三次会议上\n县长 王某\n各位代表：';
    expect(readIssuer(text)).toEqual({ name: '宁远县', level: 'district' });
  });

  it('names none when what follows the break is no congress (第十届⏎运动会)', () => {
    expect(readIssuer('本县承办第十届\n运动会，全县参与。')).toBeNull();
  });
});

describe('an award of the level above is no scope word (获评全省…先进县)', () => {
  const county = '近年来，丹凤县获评全省县域经济发展先进县，位居全市前列。丹凤县坚持特色发展，丹凤县旅游收入增长12%。';

  it('does not make a county that the province honours a province', () => {
    expect(readDocumentInfo(county).level).not.toBe('province');
  });

  it('does not read 全省 as a scope where the issuer enters a list of it, its year between (入围2024年全省…十强)', () => {
    expect(readDocumentInfo('开发区规上工业总产值增长8%。入围2024年全省开发区进出口总额十强榜单。').level).not.toBe('province');
  });

  it('still reads 全省 that speaks for the province as its scope', () => {
    expect(readDocumentInfo('全省经济运行平稳。全省地区生产总值增长5%，荣获国家表彰。').level).toBe('province');
  });
});

describe('a 局面 is no department (市…新局面)', () => {
  it('does not read 城市…新局面 as a city bureau', () => {
    expect(readDocumentInfo('开创城市发展新局面。全区规上工业产值增长9%。').level).toBe('district');
  });

  it('still reads 市发改局 as a city bureau', () => {
    expect(readDocumentInfo('由市发改局牵头，全市投资增长6%。').level).toBe('city');
  });
});

describe('a county the gazetteer lacks, written whole', () => {
  it('is the issuer of a text whose scope words say county (2023年宁陕县地区生产总值…, 全县)', () => {
    const text = '统计公报摘要\n综合\n初步核算，2023年宁陕县地区生产总值增长5%。全县规上工业增加值增长8%，全县固定资产投资增长6%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宁陕县', level: 'district' });
  });

  it('is read after a known city’s name (遵义市播州区)', () => {
    expect(readDocumentInfo('本报讯\n如何实现目标，遵义市播州区锁定九大突破。全区地区生产总值增长7%。')).toMatchObject({ region: '播州区', level: 'district' });
  });

  it('is the issuer of a text that keeps naming it with no scope word at all', () => {
    const text = '发布日期：2025年7月28日\n丹凤县跑出发展加速度\n安康市举行发布会。丹凤县地区生产总值增长6%，丹凤县坚持特色发展，此外，丹凤县旅游收入增长12%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '丹凤县', level: 'district' });
  });

  it('is none when two such counties are written (与宁陕县、镇坪县合作)', () => {
    const text = '全县深化协作，与宁陕县、镇坪县合作。全县地区生产总值增长6%。';
    expect(readDocumentInfo(text).region).toBeNull();
  });

  it('is not read from words ending 县, 区 or 旗 in ordinary sentences', () => {
    for (const sentence of [
      '全县县域经济稳步发展，打造县级示范基地。',
      '全区经济运行在合理区间，力争全区规上企业达到100家。',
      '创建国家级开发区，示范区建设加快。',
      '在山区推进产业发展，预计地区生产总值增长6%。',
      '纳入自治区大盘子，落实自治区党委部署。',
      '圆满完成县十八届人大三次会议确定的目标，实现县十八届人大目标。',
      '争创学前教育普及普惠县。',
      '入选“两年翻番县”名单，锻造县域发展新优势。',
      '坚持产业立县、实业富县，推进教育兴区，文旅兴县。',
      '融入粤港澳大湾区，对标欧元区，扩大建成区，打造起步区和双创特区。',
      '支持革命老区振兴，所有县实现通高速，提升县城品质。',
      '敢于扛旗，高举红旗，刘军旗同志讲话。',
      '按照忠县部署，加快环县连接线建设。',
      // A verb of work from the grammar's COUNT_VERBS (培育, 组织) before a county's short form (round 26).
      '培育环县羊羔肉品牌，组织沙县小吃出省。',
    ]) {
      expect([...writtenDistricts(sentence).keys()], sentence).toEqual([]);
    }
  });
});

describe('全区 of an autonomous region over a city the text keeps naming', () => {
  it('reads the city (全区经济调度会在南宁召开, 百色 named again and again)', () => {
    const text =
      '打开新闻\n1月20日，全区经济发展调度会在南宁召开，要求全区上下抓好一季度。百色作典型发言；去年百色地区生产总值增长6%，今年百色将力争一季度增长5%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '百色市', level: 'city' });
  });

  it('does not read a city of a province as the speaker of 全区 (苏州 named again and again)', () => {
    const text = '开栏语\n全区上下抓好一季度。苏州作典型发言；去年苏州地区生产总值增长6%，今年苏州将力争增长5%。';
    expect(readDocumentInfo(text).region).not.toBe('苏州市');
  });
});

describe('a county outside the gazetteer named by its short form too', () => {
  it('counts the short form towards the county written whole (也是宁陕县…, 宁陕 again)', () => {
    const text = '综述\n2023年，也是宁陕县发展不平凡的一年。宁陕坚持生态优先，宁陕旅游收入增长12%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宁陕县', level: 'district' });
  });
});

describe('a reporter’s 从 before a congress', () => {
  it('is no part of the county’s name (笔者从竹溪县第十届人民代表大会…获悉)', () => {
    expect(readIssuer('12月26日，笔者从竹溪县第十届人民代表大会第三次会议获悉，今年全县增长7%。')).toEqual({ name: '竹溪县', level: 'district' });
  });

  it('stays in a county named with it (在从江县第十八届人民代表大会)', () => {
    expect(readIssuer('——在从江县第十八届人民代表大会第二次会议上')).toEqual({ name: '从江县', level: 'district' });
  });
});

describe('heads of several levels named together', () => {
  it('name no issuer (已落地市县长项目29个)', () => {
    expect(readIssuer('序号 | 内容 | 完成情况\n1 | 推进市县长项目，已落地市县长项目29个 | 完成')).toBeNull();
  });

  it('while one head still does (县长 王某, 区长刘某)', () => {
    expect(readIssuer('政府工作报告\n县长 王某\n各位代表：')).toEqual({ name: null, level: 'district' });
  });
});

describe('a district whose name holds 县, after its city (三明市沙县区)', () => {
  it('is read whole, its short way of writing (沙县港区, 沙县小吃) counted under it', () => {
    // 沙县区 itself is in the gazetteer now: the rule still reads a name of this shape it lacks.
    expect(findRegion('沙县区')).toMatchObject({ level: 'district', parent: '三明市' });
    expect([...writtenDistricts('三明市桃县区人民政府。桃南高速通车，桃县港区投用，桃县小吃走向全国。')]).toEqual([['桃县区', 3]]);
  });

  it('is not read from 县区 after other words (部分县区, 各县区)', () => {
    expect([...writtenDistricts('，部分县区增长较快，各县区协同发展。')]).toEqual([]);
  });
});

describe('a province’s document number (鄂政发〔2018〕1号)', () => {
  it('names the province of a text whose scope is a province it never writes', () => {
    const text = '省政府批转省统计局关于全省统计工作的通知\n文件编号:皖政发〔2019〕3号\n全省地区生产总值增长7%，全省财政收入增长6%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '安徽省', level: 'province' });
  });

  it('does not come from a document the text cites, nor from a city’s number', () => {
    expect(readDocumentInfo('按照《实施意见》(黔府办发〔2022〕25号)，全省产业增长8%，全省投资增长6%。').region).toBeNull();
    expect(readDocumentInfo('宝凤政发〔2025〕2号\n全省产业增长8%，全省投资增长6%。').region).toBeNull();
  });
});

describe('全市 of a province-level city over one of its districts', () => {
  it('reads the district a text names under 全市 (重庆 … 衔接綦江区第十五次党代会)', () => {
    const text = '（上接第一版）答：在充分衔接綦江区第十五次党代会提出的目标基础上，力争全市前列，对标重庆市要求，全市一流。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '綦江区', level: 'district' });
  });

  it('reads none when the text names a prefecture too, or two of the city’s districts', () => {
    expect(readDocumentInfo('（上接第一版）苏州市与綦江区合作，全市增长6%，全市投资增长5%。').region).not.toBe('綦江区');
    expect(readDocumentInfo('（上接第一版）綦江区与江津区合作，全市增长6%，全市投资增长5%。').region).toBeNull();
  });
});

describe('a state administration issuing a document of its own', () => {
  const regionOf = (text: string) => readDocumentInfo(text).region;

  it('speaks for the nation', () => {
    expect(regionOf('近日，国家林业和草原局印发《2021年造林绿化工作要点》，提出全年完成造林3600万亩。')).toBe('全国');
    expect(regionOf('国家体育总局日前发布《全民健身工作计划》，经常参加体育锻炼人数比例达到38%。')).toBe('全国');
  });

  it('does not speak for the nation from a province’s bureau, nor from a state bureau that does not issue', () => {
    expect(regionOf('近日，省能源局印发《2021年能源工作要点》，提出全省新增光伏装机300万千瓦。')).not.toBe('全国');
    expect(regionOf('国家能源局批复同意某项目开工，全市新增装机50万千瓦。')).not.toBe('全国');
    expect(regionOf('贯彻国家能源局印发《指导意见》精神，全县新增光伏装机5万千瓦。')).not.toBe('全国');
  });
});

describe('a city’s new area named after its short name (福州新区)', () => {
  it('names the new area whole, not a region 新区', () => {
    expect(headingRegion('福州新区2021年工作会议召开')).toBe('福州新区');
    expect(headingRegion('郑州新区今年GDP增长预期目标为9%')).toBe('郑州新区');
  });

  it('does not join 新区 to a name written with its 市, nor touch other names', () => {
    expect(headingRegion('福州市新区建设推进会召开')).not.toBe('福州市新区');
    expect(headingRegion('哈尔滨市双城区2024年工作要点')).toBe('双城区');
    expect(headingRegion('赣州市2024年经济工作会议召开')).toBe('赣州市');
  });
});

describe('the level above kept pace with (与全省同步) is no scope word', () => {
  const regionOf = (text: string) => readDocumentInfo(text).region;

  it('reads the city a text keeps naming, not its province', () => {
    const text =
      '研读今年的政府工作报告，绵阳要推进的大事一目了然。锚定与全国全省同步基本实现现代化，绵阳加快动能转换，绵阳市地区生产总值增长6%左右，绵阳市城镇新增就业5万人。';
    expect(regionOf(text)).toBe('绵阳市');
  });

  it('still reads 全省 as the scope where the province speaks, and a rank against it as before', () => {
    expect(regionOf('全省地区生产总值增长5.5%左右，四川省城镇新增就业85万人，全省同比增长的势头保持。')).toBe('四川省');
    // 全省同步推进: the province acting at once, its own scope.
    expect(regionOf('全省同步推进农村改革，四川省粮食产量稳定在700亿斤以上，全省新增高标准农田300万亩。')).toBe('四川省');
  });
});

describe('a reporter learning from a meeting held (记者从近日召开的X两会获悉)', () => {
  it('names the region of the meeting held', () => {
    expect(readIssuer('本报记者从近日召开的沭阳县两会获悉：今年全县地区生产总值增长7%左右。')).toMatchObject({ name: '沭阳县' });
    expect(readIssuer('记者从日前闭幕的宿迁市两会了解到，今年全市新开工项目200个。')).toMatchObject({ name: '宿迁市' });
  });

  it('names no region from a meeting of a body, nor from words that are no meeting held', () => {
    expect(readIssuer('记者从近日召开的全县经济工作会议获悉，今年全县新增就业3000人。')?.name ?? null).toBeNull();
    expect(readIssuer('记者从近日召开的华中科技大学座谈会获悉，全年新增专利500件。')?.name ?? null).toBeNull();
  });
});

describe('the side of a river or mountain is no province (珠江西岸, 黄河北岸, 太行山西麓)', () => {
  const named = (text: string) => [...countMentions(text).entries()].filter(([r]) => r.level === 'province').map(([r, n]) => `${r.name} ${n}`);

  it('counts no province in a bank or a foot', () => {
    expect(named('打造珠江西岸先进装备制造产业带，建设黄河北岸生态廊道，保护太行山西麓林地。')).toEqual([]);
  });

  it('still counts a province written plainly (must not fire)', () => {
    expect(named('江西西部、河北南部和山西东部的城市。')).toEqual(['江西省 1', '河北省 1', '山西省 1']);
  });
});

describe('a Party committee’s heading speaks for its region (中共某市委)', () => {
  it('names the city, not 中共某市', () => {
    expect(headingRegion('中共德阳市委关于制定德阳市国民经济和社会发展第十四个五年规划的建议')).toBe('德阳市');
    expect(headingRegion('中国共产党沙洋县第十五次代表大会报告')).toBe('沙洋县');
  });

  it('names nothing for the central committee (must not fire)', () => {
    expect(headingRegion('中共中央关于制定国民经济和社会发展第十四个五年规划的建议')).toBeNull();
  });
});

describe('a page’s 发布机构 field naming a government', () => {
  it('names the issuer (发布机构：某县政府, …人民政府（办公室）)', () => {
    expect(readIssuer('政府信息公开\n\n全县冲刺四季度目标\n\n发布机构：平昌县政府发布时间：2022-10-08\n\n力争全年新增就业3000人。')?.name).toBe('平昌县');
    expect(readIssuer('发布机构：淮北市人民政府（办公室）主题分类：综合政务\n全市新建公园5个。')?.name).toBe('淮北市');
  });

  it('names no one from a bare level, an office or a field of another label (must not fire)', () => {
    expect(readIssuer('发布机构：市政府办公室发布时间：2022-10-08\n力争全年新增就业3000人。')?.name ?? null).toBeNull();
    expect(readIssuer('发布机构：政府办\n力争全年新增就业3000人。')?.name ?? null).toBeNull();
    expect(readIssuer('发布机构：市发改委\n力争全年新增就业3000人。')?.name ?? null).toBeNull();
    expect(readIssuer('本文根据平昌县政府网站资料整理。力争全年新增就业3000人。')?.name ?? null).toBeNull();
  });
});

describe('a site’s section named 专区', () => {
  it('is no region, whether it heads a page or stands in a sentence', () => {
    expect(headingRegion('讯息专区')).toBeNull();
    expect(headingRegion('政策解读专区')).toBeNull();
    expect(extractPlan('下载专区\n到2025年，全国再生资源回收总量达到4.5亿吨。').region).not.toMatch(/专区$/);
    expect(extractPlan('登录服务专区办理。全县今年地区生产总值增长6%左右。').region).not.toMatch(/专区$/);
  });

  it('leaves regions whose names end 区 alone', () => {
    expect(headingRegion('渝中区2024年政府工作报告')).toBe('渝中区');
    expect(headingRegion('西藏自治区')).toBe('西藏自治区');
  });
});

describe('the county level of the gazetteer', () => {
  it('holds every county-level division under its prefecture, or its province when the province governs it', () => {
    expect(findRegion('西华县')).toMatchObject({ level: 'district', parent: '周口市' });
    expect(findRegion('子长市')).toMatchObject({ level: 'district', parent: '延安市' });
    expect(findRegion('红寺堡区')).toMatchObject({ level: 'district', parent: '吴忠市' });
    expect(findRegion('博乐市')).toMatchObject({ level: 'district', parent: '博尔塔拉蒙古自治州' });
    expect(findRegion('鄂温克族自治旗')).toMatchObject({ level: 'district', parent: '呼伦贝尔市' });
    expect(findRegion('神农架林区')).toMatchObject({ level: 'district', parent: '湖北省' });
    expect(findRegion('和康县')).toMatchObject({ level: 'district', parent: '和田地区' });
    expect(REGIONS.filter((r) => r.level === 'district').length).toBeGreaterThan(2700);
    for (const r of REGIONS.filter((x) => x.level === 'district')) expect(findRegion(r.parent!), r.name).toBeDefined();
  });

  it('knows a county by its full name only, and leaves out names two divisions share and names that are words', () => {
    expect(findRegion('西华')).toBeUndefined();
    expect(findRegion('东方')).toBeUndefined();
    for (const shared of ['鼓楼区', '市中区', '白云区', '朝阳区', '城区', '郊区', '矿区']) expect(findRegion(shared), shared).toBeUndefined();
  });

  it('reads a county text as its county, not the city it names more often', () => {
    const text = '按照周口市部署，全县上下齐心协力。西华县地区生产总值增长6%左右。周口市下达的任务全部完成，周口市考核位次前移。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '西华县', level: 'district' });
  });

  it('counts a county of one character only standing apart: after a mark, a preposition or its city', () => {
    const counts = (text: string) => [...countMentions(text)].map(([r, n]) => [r.name, n]);
    expect(counts('陇南市康县人民政府召开会议，在凤县调研。')).toEqual([
      ['陇南市', 1],
      ['康县', 1],
      ['凤县', 1],
    ]);
  });
});

describe('a county name that is no county where it is written', () => {
  it('is not counted in ordinary sentences', () => {
    for (const sentence of [
      '推动健康县城建设，全县人均预期寿命达到79岁。',
      '认真落实省市和县委决策部署，全县经济平稳运行。',
      '大力振兴县域经济，全县地区生产总值增长6%。',
      '加快建设新县城，全县城镇化率达到55%。',
      '东方市场繁荣活跃，社会消费品零售总额增长5%。',
      '平安区域建设扎实推进，城区面积扩大，郊区农业稳步发展。',
      '实施文县级医院提升工程，完成礼县域供水改造。',
      '庆祝撤县设市十周年和新县城建设五年成就。',
      '县人民政府代县长作报告，县委书记出席。',
      '坚持产业强县、创新兴县，坚定不移推动发展。',
      '推进隋唐宫城北区遗址保护，实施老城区改造。',
    ]) {
      expect([...countMentions(sentence)], sentence).toEqual([]);
    }
  });

  it('still counts such a county standing apart (在新兴县, 洛阳市老城区, 镇原县和环县)', () => {
    const names = (text: string) => [...countMentions(text)].map(([r]) => r.name);
    expect(names('在新兴县召开现场会。')).toEqual(['新兴县']);
    expect(names('洛阳市老城区召开两会。')).toEqual(['洛阳市', '老城区']);
    expect(names('创建镇原县和环县2个示范县。')).toEqual(['镇原县', '环县']);
  });

  it('leaves a province whose name a county continues (河南县域经济) to the province', () => {
    expect([...countMentions('河南县域经济加快发展。')].map(([r]) => r.name)).toEqual(['河南省']);
  });
});

describe('a county a text writes by its short form only', () => {
  it('is the issuer under 全县 when the text names its city or province (西华 under 周口)', () => {
    expect(readDocumentInfo('全县上下凝心聚力，西华经济稳中向好，周口市考核中西华位次前移。')).toMatchObject({ region: '西华县', level: 'district' });
    expect(readDocumentInfo('在大理州的坚强领导下，全县上下团结奋进，漾濞核桃产量增长5%。')).toMatchObject({ region: '漾濞彝族自治县', level: 'district' });
    expect(readDocumentInfo('河南省表彰先进，全县学习襄城经验，襄城项目开工。')).toMatchObject({ region: '襄城县', level: 'district' });
  });

  it('prefers the county whose prefecture is named to one below the named province only (正定 before 复兴)', () => {
    const text = '河北省统一部署，石家庄市统筹推进，全县弘扬民族复兴精神，正定古城保护加快。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '正定县', level: 'district' });
  });

  it('is not read when no city or province above it is named, or two are written as often', () => {
    for (const text of [
      '全县东方红大道改造完成，长安街亮化提升。',
      '广东省统一部署，全县深化与西华的合作。',
      '河南省表彰先进，全县学习襄城、西华经验。',
      '（记者 倪金凤）全区经济平稳运行，宁夏地区生产总值增长5%。',
      '全州各县共同发展，大理古城游客增长10%。',
      '河北省统一部署，全县上下弘扬民族复兴精神，乡村振兴扎实推进。',
      '河南省表彰先进，全县学习嘉禾经验。',
    ]) {
      const { region } = readDocumentInfo(text);
      expect(region === null || !['西华县', '襄城县', '金凤区', '东方市', '长安区', '大理市', '复兴区', '振兴区', '嘉禾县'].includes(region), text).toBe(true);
    }
    expect(readDocumentInfo('（记者 倪金凤）全区经济平稳运行，宁夏地区生产总值增长5%。').region).toBe('宁夏回族自治区');
  });
});

describe('a county-level city under 全市', () => {
  it('is the issuer when it is the one county-level city named and no prefecture is (博乐市…全市)', () => {
    const text = '上半年，全市经济稳中向好，博乐市规上工业增加值增长8%，博乐市固定资产投资增长10%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '博乐市', level: 'district' });
  });

  it('is not read when two are named, when a prefecture is named, or when a market is written', () => {
    expect(readDocumentInfo('全市上下学习昆山市、晋江市经验，全市地区生产总值增长6%。').region).toBeNull();
    expect(readDocumentInfo('全市经济稳步发展，榆林市神木市能源产业提质。').region).toBe('榆林市');
    expect(readDocumentInfo('全市东方市场繁荣活跃，社会消费品零售总额增长5%。').region).toBeNull();
  });
});

describe('a bare 市 issuer and a county-level city written by its short form', () => {
  it('is that city when it is written at least as often as the prefecture above it (子长 beside 延安市)', () => {
    const text = '我代表市人民政府向大会报告工作。子长经济稳中向好，延安市考核中子长位次前移，子长被延安市表彰。';
    expect(readIssuer(text)).toEqual({ name: '子长市', level: 'district' });
  });

  it('stays the prefecture that names itself more, or names a city of its own once', () => {
    expect(readIssuer('我代表市人民政府向大会报告工作。延安市经济稳中向好，延安市项目开工，子长、延川项目落地。')).toEqual({ name: '延安市', level: 'city' });
    expect(readIssuer('我代表市人民政府向大会报告工作。延安市稳中向好，延安市项目开工，延安市考核子长、子长两地。')).toEqual({ name: '延安市', level: 'city' });
  });
});

describe('a text that speaks of the nation as its own', () => {
  it('reads 我国 with no region and no scope word as national', () => {
    expect(readDocumentInfo('记者从有关部门获悉，今年我国新建高标准农田力争达到8000万亩，油料面积稳定在3亿亩以上。')).toMatchObject({
      region: '全国',
      level: 'national',
    });
  });

  it('reads a headline whose subject is 中国 or 全国, with a year before it or not, as national', () => {
    expect(readDocumentInfo('2023年中国新增造林面积超6000万亩\n记者近日获悉，全年新增造林面积超6000万亩。').level).toBe('national');
    expect(readDocumentInfo('全国冬小麦播种基本结束 2024年冬播进展\n冬小麦播种面积稳定在3.3亿亩以上。').region).toBe('全国');
  });

  it('reads the head of a ministry’s department who speaks as national', () => {
    expect(readDocumentInfo('据报道，交通运输部规划司司长介绍，今年新改建农村公路15万公里。').level).toBe('national');
  });

  it('does not fire where a region or a scope word of its own says, or 中国 names a firm or a party (must not fire)', () => {
    expect(readDocumentInfo('我国首台大型盾构机在全市投产，全市规上工业增加值增长6%。').level).toBe('city');
    expect(readDocumentInfo('作为我国重要的能源基地，鄂尔多斯市今年地区生产总值增长6%，鄂尔多斯市新开工项目300个，鄂尔多斯蓬勃发展。').region).toBe(
      '鄂尔多斯市',
    );
    expect(readDocumentInfo('中国移动某分公司今年新建5G基站1200个，营业收入增长5%。').region).toBeNull();
    expect(readDocumentInfo('中国共产党某委员会召开会议，部署今年工作。').region).toBeNull();
    expect(readDocumentInfo('某处长介绍，今年新建公路15公里。').level).not.toBe('national');
    expect(readDocumentInfo('企业负责人表示，今年力争销售收入突破50亿元，对标国内同行。').region).toBeNull();
  });
});

describe('a district of 北京, 天津, 上海 or 重庆 written by its short form', () => {
  it('is the district a text with a district’s scope words keeps writing', () => {
    expect(readDocumentInfo('全区经济运行稳中向好。打造“生态怀柔”，推进怀柔科学城建设，力争怀柔地区生产总值增长6%。')).toMatchObject({
      region: '怀柔区',
      level: 'district',
    });
    expect(readDocumentInfo('在市委和区委的领导下，浦东经济稳步增长。上海支持浦东，浦东今年力争新增企业5000家。').region).toBe('浦东新区');
    expect(readDocumentInfo('按照北京的部署，全区推进平谷大桃产业，平谷今年力争新建果园1000亩。').region).toBe('平谷区');
  });

  it('does not fire without a district’s scope, beside a district named whole, for words, or when two tie (must not fire)', () => {
    expect(readDocumentInfo('怀柔科学城、怀柔水库与怀柔雁栖湖是名片，今年接待游客增长10%。').region).not.toBe('怀柔区');
    expect(readDocumentInfo('全区学习浦东、浦东、浦东经验，嘉善县今年地区生产总值增长6%。').region).not.toBe('浦东新区');
    expect(readDocumentInfo('全区和平发展，和平稳定，和平共处，今年地区生产总值增长6%。').region).toBeNull();
    expect(readDocumentInfo('全区对接大兴安岭林区，大兴安岭林业，大兴安岭旅游，今年游客增长8%。').region).not.toBe('大兴区');
    expect(readDocumentInfo('全区学习松江、青浦的经验，松江、青浦两地今年各新增企业100家。').region).toBeNull();
    expect(readDocumentInfo('全区学习徐汇经验，今年新增企业100家。').region).toBeNull();
  });
});

describe('a province the text never names, read from the one city it keeps naming', () => {
  it('is that city: the 全省 words are the province around it', () => {
    const text = '2024年，绵阳经济稳中有进，增速居全省前列。绵阳围绕全省产业布局，推进全省重点项目，力争今年绵阳地区生产总值增长6.5%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '绵阳市', level: 'city' });
  });

  it('stays the province when its cities are named alike, or one is named in passing (must not fire)', () => {
    const two = '全省经济稳中有进，绵阳、德阳、绵阳、德阳两市领跑全省，全省地区生产总值增长6%。';
    expect(readDocumentInfo(two)).toMatchObject({ region: '四川省', level: 'province' });
    const once = '全省经济稳中有进，绵阳项目落地，全省地区生产总值增长6%，全省新增企业1000家。';
    expect(readDocumentInfo(once)).toMatchObject({ region: '四川省', level: 'province' });
  });
});

describe('全省 as what a figure is measured against', () => {
  it('does not make a city’s report a province’s (高出全省…, 增幅全省排第N位)', () => {
    const text = '上半年，全市地区生产总值增长6%，高出全省0.5个百分点，增幅全省排第3位；进出口增长9%，全省排在第5位。';
    expect(readDocumentInfo(text).level).toBe('city');
    expect(readDocumentInfo('全市工业增加值增长10.7%，增速分别高于全国、全省6.1、5.7个百分点，全省第一。').level).toBe('city');
  });

  it('still counts a province acting (must not fire)', () => {
    expect(readDocumentInfo('全省排查安全隐患，全省推进项目建设，全市配合。').level).toBe('province');
    expect(readDocumentInfo('全省经济增速高于全国，全省新增企业增长8%，全市配合。').level).toBe('province');
  });
});

describe('a 地区 speaking of itself', () => {
  it('reads 地委, 行署 and 地区…局 as a prefecture’s scope words', () => {
    const bureau = '今年以来，地区工信局全面推进企业达产增效。出台《阿勒泰地区“小升规”企业奖励办法》，落实阿勒泰地区工业项目22项。';
    expect(readDocumentInfo(bureau)).toMatchObject({ region: '阿勒泰地区', level: 'city' });
    const committee = '2024年，在地委、行署的坚强领导下，喀什地区地区生产总值增长7%，喀什口岸经济稳步发展。';
    expect(readDocumentInfo(committee)).toMatchObject({ region: '喀什地区', level: 'city' });
  });

  it('reads 全地区 as a prefecture’s whole', () => {
    const text = '2023年，美丽喀什建设稳步推进。年末全地区城镇从业人员40万人，全地区私营企业3万户，喀什市居民消费价格上涨1%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '喀什地区', level: 'city' });
  });

  it('does not read 基地委托, a 地区 inside a word, or 地区…格局 so (must not fire)', () => {
    expect(readDocumentInfo('全县推进产业基地委托经营，全县新增企业10家。').level).toBe('district');
    expect(readDocumentInfo('全区推动地区发展新格局，全区新建项目20个。').level).toBe('district');
    expect(readDocumentInfo('全区落实地区生产总值目标，区发改局牵头。').level).toBe('district');
  });
});

describe('格局 and the 区 of a park are no bureau', () => {
  it('does not read 园区发展格局 or 城市发展新格局 as a department', () => {
    const text = '引导形成功能协调的园区发展格局。株洲经济稳步发展，株洲新增企业500家，株洲力争地区生产总值增长6%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '株洲市', level: 'city' });
    expect(readDocumentInfo('加快构建城市发展新格局，全县新增企业10家。').level).toBe('district');
  });

  it('still reads a district’s or a city’s own bureau (must not fire)', () => {
    expect(readDocumentInfo('区发改局牵头推进重点项目，新增企业50家。').level).toBe('district');
    expect(readDocumentInfo('市发改局牵头推进重点项目，新增企业50家。').level).toBe('city');
    expect(readDocumentInfo('全面构建县域发展新格局，县发改局牵头。').level).toBe('district');
  });
});

describe('the lowest region of a chain, and what is no county', () => {
  it('reads the district of a municipality written more often than the municipality itself', () => {
    const text = '今天上午，北京召开会议。推动昌平新城建设，昌平段基本具备开通条件，昌平院区完工，北京支持。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '昌平区', level: 'district' });
  });

  it('keeps the municipality when no district of it is written more (must not fire)', () => {
    expect(readDocumentInfo('北京召开会议，北京推进项目，昌平段基本具备开通条件，北京支持。').region).toBe('北京市');
  });

  it('does not take a kind of area (示范区, 合作区, 建设区, 地区) for a county the gazetteer lacks', () => {
    const text =
      '报告谋划了发展蓝图，快来看看\n实施战略牵引，力争福州港集装箱吞吐量增长8%，推进福州都市圈建设，推进示范区、合作区建设，合作共赢，示范引领；福建新增企业500家。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '福州市', level: 'city' });
  });

  it('still sees a county the gazetteer lacks, and a region named once only in a firm’s name is none (must not fire)', () => {
    expect(readDocumentInfo('良庆区发展稳中向好，深入良庆考察，南宁支持良庆发展。').region).not.toBe('南宁市');
    expect(readDocumentInfo('推进开发区提质，引进太原天然气公司作为备用气源，新增企业10家。').region).toBeNull();
  });
});

describe('a known region’s short form heading the first line', () => {
  it('is that region by the gazetteer’s full name and level', () => {
    expect(readDocumentInfo('浙江湖州:奋进新征程\n某网·2026-01-20\n湖州市提出今年地区生产总值增长6%。')).toMatchObject({ region: '湖州市', level: 'city' });
  });

  it('keeps a name the gazetteer lacks as written (must not fire)', () => {
    expect(readDocumentInfo('2月10日，沙洋县召开经济工作会议，今年力争新增企业30家。')).toMatchObject({ region: '沙洋县', level: 'district' });
  });
});

describe('a congress named as the time a deputy was interviewed', () => {
  it('is not the congress a report goes to: the deputy’s city speaks', () => {
    const text =
      '“今后五年，宝鸡将努力追赶超越。”省人大代表、宝鸡市市长在陕西省十三届人大一次会议期间接受记者采访时表示，宝鸡力争生产总值年均增长8%，宝鸡将建设园区。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宝鸡市', level: 'city' });
  });

  it('still reads the congress a report is given to (must not fire)', () => {
    const text = '——2024年1月在宝鸡市第十五届人民代表大会第四次会议上\n会议期间，代表们审议了报告。全市地区生产总值增长6%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宝鸡市', level: 'city' });
    expect(readIssuer('在陕西省十四届人大二次会议上，省长作政府工作报告。')).toMatchObject({ name: '陕西省', level: 'province' });
  });
});

describe('the party secretary of a named region who speaks', () => {
  it('names the issuer as a head who speaks does', () => {
    const text = '【江苏2024】徐州市委书记某某：徐州要实现GDP增长6%\n江苏发布\n摘要：高水平谋划苏鲁豫皖合作，江苏支持。全年地区生产总值增长6%。';
    expect(readIssuer(text)).toEqual({ name: '徐州市', level: 'city' });
    expect(readIssuer('沭阳县委书记某某表示，今年力争新增企业30家。')).toEqual({ name: '沭阳县', level: 'district' });
  });

  it('does not read a bare secretary, a superior’s visit or one only named (must not fire)', () => {
    expect(readIssuer('市委书记某某到我县调研，全县新增企业10家。')).toBeNull();
    expect(readIssuer('在徐州市委书记的带领下，全县新增企业10家。')).toBeNull();
    expect(readIssuer('省委书记某某表示，全省新增企业1000家。')).toBeNull();
  });
});

describe('an autonomous county written as its place name and 县', () => {
  it('reads the gazetteer’s full name when the prefecture above it is named', () => {
    const text = '近日，宁蒗县委副书记、县长某某做客丽江市广播电视台，介绍了宁蒗县今年上半年经济运行情况。全县地区生产总值增长6%，宁蒗县力争全年增长7%。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '宁蒗彝族自治县', level: 'district' });
    const other = '耿马县今年以来项目建设加快，临沧市领导到耿马县调研。全县固定资产投资增长10%。';
    expect(readDocumentInfo(other)).toMatchObject({ region: '耿马傣族佤族自治县', level: 'district' });
  });

  it('keeps a county of that very name or a name no autonomous county opens with (must not fire)', () => {
    expect(autonomousCountyWritten('永胜县')).toBeUndefined();
    expect(autonomousCountyWritten('沙坪县')).toBeUndefined();
    expect(autonomousCountyWritten('彝族县')).toBeUndefined();
  });

  it('reads the full name when the prefecture is unnamed too: the name as written is no gold path’s component (round 24)', () => {
    const unnamed = '耿马县今年以来项目建设加快，省领导到耿马县调研。全县固定资产投资增长10%。';
    expect(readDocumentInfo(unnamed).region).toBe('耿马傣族佤族自治县');
  });
});

describe('a 市 before a district whose name opens with 长', () => {
  it('reads no head 市长 in the chain 上海市长宁区 or 合肥市长丰县', () => {
    expect(readIssuer('发文机构：合肥市长丰县发展和改革委员会。全县地区生产总值增长6%。')).toBeNull();
    expect(readDocumentInfo('发文机构：合肥市长丰县发展和改革委员会。全县地区生产总值增长6%。')).toMatchObject({ region: '长丰县', level: 'district' });
    expect(readDocumentInfo('发文机构：上海市长宁区发展和改革委员会。全区地区生产总值增长6%。')).toMatchObject({ region: '长宁区', level: 'district' });
  });

  it('still reads a head who speaks (must not fire)', () => {
    expect(readIssuer('县长张三主持会议，全县新增企业10家。')).toEqual({ name: null, level: 'district' });
    expect(readIssuer('市长某某在长丰县调研时表示，全市地区生产总值增长6%。')).toEqual({ name: null, level: 'city' });
    expect(readIssuer('区长刘某表示，全区新增企业10家。')).toEqual({ name: null, level: 'district' });
    expect(readIssuer('西安市长安区发展和改革局发布，全区地区生产总值增长6%。')?.name).toBe('西安市');
  });
});

describe('a division of the production and construction corps', () => {
  it('reads the division under the corps, a prefecture-level body', () => {
    const headline = '兵团第三师召开经济工作会议 明确全年目标\n会议提出，2024年全师生产总值增长8%，新疆各地协同推进。';
    expect(readDocumentInfo(headline)).toMatchObject({ region: '新疆生产建设兵团第三师', level: 'city' });
    const body = '近日，兵团第十师召开会议。兵团第十师提出，今年生产总值增长7%。会议要求，兵团第十师各团场抓好落实，新疆上下一盘棋。';
    expect(readDocumentInfo(body)).toMatchObject({ region: '新疆生产建设兵团第十师', level: 'city' });
  });

  it('reads no division named in passing, two divisions, or one below an issuer (must not fire)', () => {
    expect(readDocumentInfo('昌吉市与兵团第六师签订合作协议。全市地区生产总值增长6%。').region).toBe('昌吉市');
    expect(readDocumentInfo('兵团第一师和兵团第二师联合召开会议。兵团第一师、兵团第二师将共建园区。').region ?? '').not.toMatch(/兵团/);
    expect(readDocumentInfo('我代表五家渠市人民政府向大会报告工作。兵团第六师支持下，兵团第六师、兵团第六师共建园区。').region).toBe('五家渠市');
  });
});

describe('a ministry of the State Council that speaks', () => {
  it('reads the nation when a ministry opens a sentence as the speaker', () => {
    const text = '财政部15日宣布，1月至10月，全国一般公共预算收入增长3%。\n明年将继续实施积极的财政政策，赤字率拟按3%安排。';
    expect(readDocumentInfo(text)).toMatchObject({ region: '全国', level: 'national' });
    expect(readDocumentInfo('记者获悉。水利部近日公布，今年将完成水利投资1万亿元。')).toMatchObject({ region: '全国', level: 'national' });
  });

  it('reads no nation for a province’s department, a party committee’s 宣传部 or a ministry only cited (must not fire)', () => {
    expect(readDocumentInfo('省交通运输厅26日宣布，今年将完成投资500亿元。').region).not.toBe('全国');
    expect(readDocumentInfo('县委宣传部26日发布消息，今年将新建道路20公里。').region).not.toBe('全国');
    expect(readDocumentInfo('根据交通运输部要求，全市今年将完成投资50亿元。').region).not.toBe('全国');
    expect(readDocumentInfo('会议传达了交通运输部宣布的部署，今年将完成投资50亿元。').region).not.toBe('全国');
  });
});

describe('我区 in a text that keeps naming one autonomous region', () => {
  const plan =
    '为加快我区数字经济发展，制定本方案。锚定广西数字强区目标，到2026年，广西数字经济规模达到1万亿元，' +
    '建设桂林数据中心，盘活数据资源，提升广西算力水平，支持桂林打造示范区，推进广西数字政府建设。';
  it('reads the region, not a county a word spells (资源 is a word, not 资源县)', () => {
    const read = extractPlan(plan);
    expect(read.region).toBe('广西壮族自治区');
    expect(read.level).toBe('province');
  });
  it('leaves a county’s text alone (全县 is no region’s)', () => {
    expect(extractPlan(plan.replace('为加快我区', '为加快全县')).region).not.toBe('广西壮族自治区');
  });
  it('leaves a district named whole to speak for itself', () => {
    expect(extractPlan(`南宁市青秀区：${plan}青秀区将…`).region).toBe('青秀区');
  });
  it('leaves a city the text names more often than the region (柳州 over 全区)', () => {
    const city = '全区工业振兴推进会在柳州召开。柳州汽车产量增长10%，柳州将…，柳州工业…，柳州力争…，广西…，广西…，广西…。';
    expect(extractPlan(city).region).not.toBe('广西壮族自治区');
  });
});

describe('a county of one character between a year and its government', () => {
  it('is counted (2024年和县政府工作报告)', () => {
    expect(timesNamed(countMentions('2024年和县政府工作报告'), '和县')).toBe(1);
    expect(timesNamed(countMentions('2025年凤县人民政府工作要点'), '凤县')).toBe(1);
  });
  it('is not a bare 县政府 nor a word before 县城 or 县委', () => {
    expect(countMentions('2024年县政府工作报告').size).toBe(0);
    expect(timesNamed(countMentions('2024年新县城建设'), '新县')).toBe(0);
    expect(timesNamed(countMentions('2024年和县域经济'), '和县')).toBe(0);
  });
});
