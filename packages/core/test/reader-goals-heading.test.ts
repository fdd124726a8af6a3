/**
 * A numbered heading that names what follows as goals (一、行动目标, 二、工作目标): a 同比 change with no bound under it is a
 * target, not the result such a change reads as where no cue or heading set the tense. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const opening = '2027年，是某区转型发展的关键之年。为推动产业升级，现将有关安排如下。\n';
const line = '——服务能力迈上新台阶。培育专业服务机构30家，软件业务收入同比增长18%，建成公共服务平台不少于4个。\n';

describe('a heading that names goals', () => {
  it('reads a 同比 line under 一、行动目标 as targets', () => {
    const got = roles(`${opening}一、行动目标\n${line}`);
    expect(got).toEqual(['T 18%', 'T 30家', 'T 4个']);
  });

  it('reads it under 二、工作目标 the same way', () => {
    const got = roles(`${opening}二、工作目标\n${line}`);
    expect(got).toContain('T 18%');
  });
});

describe('must not fire', () => {
  it('leaves the 同比 line under no heading a result', () => {
    expect(roles(`${opening}${line}`)).toContain('A 18%');
  });

  it('leaves it under a heading of other work a result (一、主要工作)', () => {
    expect(roles(`${opening}一、主要工作\n${line}`)).toContain('A 18%');
  });

  it('leaves it under a heading reviewing goals a result (一、目标完成情况)', () => {
    expect(roles(`${opening}一、目标完成情况\n${line}`)).toContain('A 18%');
  });

  it('leaves it under a long heading that only mentions goals a result (一、围绕年初确定的各项目标)', () => {
    expect(roles(`${opening}一、围绕年初确定的各项目标\n${line}`)).toContain('A 18%');
  });
});
