import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/**
 * The region and level of a text as one decision over the whole text: a catalogue of the shapes plan prose names its issuer
 * in (invented passages, never corpus texts), each with the region and level the corpus conventions give it.
 */
export const REGION_SHAPES: readonly { shape: string; text: string; region: string | null; level: string }[] = [
  {
    shape: 'a congress the report is given to',
    text: '政府工作报告\n——2025年1月8日在宜都市第十届人民代表大会第四次会议上\n各位代表：现在，我代表市人民政府向大会报告工作。全市地区生产总值增长6%。',
    region: '宜都市',
    level: 'district',
  },
  {
    shape: 'a government that issues a notice, by its full name',
    text: '丹棱县人民政府关于印发2025年重点工作的通知\n各乡镇人民政府，县级各部门：现将《2025年重点工作》印发给你们。全县粮食产量稳定在12万吨以上。',
    region: '丹棱县',
    level: 'district',
  },
  {
    shape: 'a headline opening with a short name set apart',
    text: '临沂：2025年经济增长目标6%左右\n全市将加快建设先进制造业强市，力争规上工业增加值增长7%。',
    region: '临沂市',
    level: 'city',
  },
  {
    shape: 'scope words and the region of that level named most',
    text: '绵阳市召开经济工作会议。会议提出，2025年全市地区生产总值增长6%，绵阳将加快科技城建设，全市新增市场主体1万户，绵阳力争外贸进出口增长10%。',
    region: '绵阳市',
    level: 'city',
  },
  {
    shape: "a city's conference where its counties' heads speak in turn",
    text: '南充新闻网讯 3月2日，南充市高质量发展推进大会召开，各县（市、区）主要负责人依次表态。南充市提出，全年全市地区生产总值增长6%。营山县委书记李明表示，营山今年将力争地区生产总值增长7%。会上，南充市各部门负责人作了交流，南充将一以贯之抓落实。',
    region: '南充市',
    level: 'city',
  },
  {
    shape: "an unnamed city's notice carrying out its province's document",
    text: '各县、区人民政府，市人民政府各部门：\n现将有关措施印发给你们，请认真贯彻落实。\n为全面落实《湖南省人民政府办公厅关于印发稳增长若干措施的通知》要求，认真落实市委经济工作会议部署，市发展改革局牵头，力争全年固定资产投资增长8%。',
    region: null,
    level: 'city',
  },
  {
    shape: "a commentary on its own county committee's plenary, the county by its short form below its province",
    text: '【评论】学习贯彻县委十五届六次全会精神\n四川 2025-01-02\n县委全会为明年工作定下目标。丹棱的发展基础坚实，丹棱的产业日益壮大，力争明年地区生产总值增长7%。',
    region: '丹棱县',
    level: 'district',
  },
  {
    shape: "a local paper's dateline over its county's scope words",
    text: '本报丹棱讯 近日，全县召开经济工作会议，明确今年全县地区生产总值增长7%，我县将加快建设现代农业园区。',
    region: '丹棱县',
    level: 'district',
  },
];

describe('the region and level of a text, as one decision (the shape catalogue)', () => {
  for (const { shape, text, region, level } of REGION_SHAPES) {
    it(shape, () => {
      const plan = extractPlan(text);
      expect({ region: plan.region || null, level: plan.level }).toEqual({ region, level });
    });
  }
});

describe('scope words that are not the speaker’s (must not fire)', () => {
  it('a province’s own 全省 still counts beside a title it cites', () => {
    const text = '全省上下认真落实《国务院关于推动高质量发展的意见》，加快打造全省统一的数据平台。全省地区生产总值增长5.5%，全省粮食产量稳定在700亿斤。';
    expect(extractPlan(text).level).toBe('province');
  });
  it('a closed 》 ends the cited title: scope words after it are the text’s', () => {
    const text = '根据《关于稳增长的若干措施》，全省将推动投资增长6%，全省新增就业50万人。';
    expect(extractPlan(text).level).toBe('province');
  });
});

describe('a county committee’s plenary and a head who speaks (must not fire)', () => {
  it('a named county’s plenary, or a city’s, is not the text’s own county committee', () => {
    expect(extractPlan('营山县委十五届六次全会召开。南充市各县区认真学习，南充全市地区生产总值增长6%。').level).not.toBe('district');
    expect(extractPlan('学习贯彻市委十二届五次全会精神，全市地区生产总值增长6%，全市新增就业3万人。').level).toBe('city');
  });
  it('a county whose head speaks keeps the text when it is named as often as its city, or holds its congress', () => {
    const own = '营山县召开经济工作会议。营山县委书记李明表示，营山县今年将力争地区生产总值增长7%，营山县将加快建设南充北部新城。';
    expect(extractPlan(own).region).toBe('营山县');
    const report = '——在营山县第十八届人民代表大会第四次会议上\n营山县委书记李明表示，南充市、南充市、南充市各项目标……全县地区生产总值增长7%。';
    expect(extractPlan(report).region).toBe('营山县');
  });
});
