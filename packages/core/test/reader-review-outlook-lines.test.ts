/**
 * Results told apart from targets (round 21, r21pc), on invented texts: a digest's box headed 回顾2023年 over result lines and
 * 展望2024年 over target lines, and a meeting's news whose attributed sentence opens with a past year and its subject
 * (会议指出，2023年全县…) before that year's results.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`),
  };
};

describe('a digest box: 回顾2023年 over results, 展望2024年 over targets', () => {
  it('reads the lines under 回顾 as that year’s results and those under 展望 as the next year’s targets', () => {
    const text = [
      '回顾2023年',
      '地区生产总值增长6.1%，规模以上工业增加值增长8.2%',
      '粮食产量42.5万吨',
      '展望2024年',
      '地区生产总值增长6%左右',
      '粮食产量43万吨以上',
      '某县第十八届人民代表大会第三次会议2月1日开幕。县长作政府工作报告，提出2024年全县经济社会发展的主要预期目标。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual(['地区生产总值 6.1% 2023', '规模以上工业增加值 8.2% 2023', '粮食产量 42.5万吨 2023']);
    expect(targets).toEqual(['地区生产总值 ~ 6% 2024', '粮食产量 >= 43万吨 2024']);
  });

  it('must not fire on 回顾 inside a sentence (会议回顾2023年工作，…), nor on 展望 of a year before the plan’s', () => {
    const text = [
      '某县第十八届人民代表大会第三次会议2月1日开幕，县长作政府工作报告，提出2024年全县经济社会发展的主要预期目标。',
      '报告回顾2023年工作，部署2024年任务',
      '地区生产总值增长6%左右',
      '粮食产量43万吨以上',
    ].join('\n');
    expect(read(text)).toEqual({ targets: ['地区生产总值 ~ 6% 2024', '粮食产量 >= 43万吨 2024'], actuals: [] });
  });
});

describe('an attributed sentence opening with a past year and its subject', () => {
  const meeting = (review: string) =>
    [
      '日期：2024-02-20 10:00',
      '2月20日，县农业农村局召开2024年全县农业农村工作会议，总结2023年工作，部署2024年工作要点。',
      review,
      '会议强调，2024年要确保粮食产量稳定在42万吨以上。',
    ].join('\n');

  it('dates the results of 会议指出，2023年全县… to 2023 in a 2024 meeting’s news that plans', () => {
    const text = meeting('会议指出，2023年全县农业农村系统明要点、抓重点，粮食产量达到42.5万吨，增长2.1%；农村居民人均可支配收入18500元，增长7.2%。');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual(['粮食产量 42.5万吨 2023', '粮食产量 2.1% 2023', '农村居民人均可支配收入 18500元 2023', '农村居民人均可支配收入 7.2% 2023']);
    expect(targets).toEqual(['粮食产量 >= 42万吨 2024']);
  });

  it('reads no aim in a slogan’s quoted name (“两确保”) nor in 项目资金争取, the funds sought', () => {
    const text = meeting('会议指出，2023年全县聚焦“两确保、三提升”工作要求，项目资金争取再上台阶，粮食产量达到42.5万吨。');
    expect(read(text)).toEqual({ targets: ['粮食产量 >= 42万吨 2024'], actuals: ['粮食产量 42.5万吨 2023'] });
  });

  it('must not fire on the plan’s own year, nor on a sentence that aims (会议要求，2023年全县…力争…)', () => {
    expect(read(meeting('会议指出，2024年全县粮食产量要稳定在42万吨以上。')).actuals).toEqual([]);
    expect(read(meeting('会议要求，加大项目资金争取力度，力争粮食产量达到43万吨。')).actuals).toEqual([]);
  });
});
