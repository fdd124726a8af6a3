import { describe, expect, it } from 'vitest';
import { planFromSentences } from '../validate/test-plans.ts';
import { planShapeProblem } from './plan-shape.ts';

const plan = planFromSentences({ name: 'luan-2023', region: '六安市', level: 'city', year: 2023 }, [
  { text: '技改投资同比增长20%以上。', leads: ['市经信局'] },
  { text: '新增规上工业企业150-200户。', leads: ['市经信局'] },
]);
/** The plan as a file holds it, with one field of the first target set to `value`. */
const withTarget = (key: string, value: unknown, index = 0) => {
  const data = JSON.parse(JSON.stringify(plan)) as { targets: Record<string, unknown>[] };
  data.targets[index]![key] = value;
  return data;
};

describe('planShapeProblem: a plan read from a file', () => {
  it('accepts a plan as extract --json writes it, and one without the optional fields', () => {
    expect(planShapeProblem(JSON.parse(JSON.stringify(plan)))).toBeNull();
    const bare = JSON.parse(JSON.stringify(plan)) as { targets: Record<string, unknown>[]; actuals?: unknown; tasks?: unknown };
    for (const t of bare.targets) for (const key of ['leads', 'partners', 'year', 'decline']) delete t[key];
    delete bare.actuals;
    delete bare.tasks;
    expect(planShapeProblem(bare)).toBeNull();
  });

  // Each of these made a shortfall vanish (exit 0) or the check throw (exit 70) before.
  it.each([
    ['kind', 'bogus', 'targets[0].kind is "bogus", not one of growth, level, increment, share, count'],
    ['comparator', 'much', 'targets[0].comparator is "much", not one of >= > ~ range <= = placeholder'],
    ['factor', 0, 'targets[0].factor is 0, not a positive number'],
    ['factor', 1e308, 'targets[0].value times .factor is past the largest number'],
    ['year', '2023', 'targets[0].year is "2023", not a four-digit year or null'],
    ['year', 1e308, 'targets[0].year is 1e+308, not a four-digit year or null'],
    ['leads', [1, null], 'targets[0].leads is not a list of department names'],
    ['partners', { a: 1 }, 'targets[0].partners is not a list of department names'],
    ['leads', '市经信局', 'targets[0].leads is not a list of department names'],
    ['metric', '', 'targets[0].metric is empty'],
    ['value', '20', 'targets[0].value must be a number or null'],
    ['max', '30', 'targets[0].max is "30", not a number or null'],
    ['decline', 'yes', 'targets[0].decline is not true or false'],
  ])('refuses %s = %j', (key, value, problem) => {
    expect(planShapeProblem(withTarget(key, value))).toBe(problem);
  });

  it('refuses a placeholder with a value, a range without its upper bound, and a bad level, actual or task', () => {
    expect(planShapeProblem(withTarget('comparator', 'placeholder'))).toBe('targets[0].value must be null for a placeholder');
    expect(planShapeProblem(withTarget('max', null, 1))).toBe('targets[1].max must be a number at least .value for a range');
    expect(planShapeProblem({ ...plan, level: 'galaxy' })).toBe('"level" is "galaxy", not one of national, province, city, district');
    expect(planShapeProblem({ ...plan, levelSource: 'guess' })).toBe('"levelSource" is "guess", not one of option, gazetteer, text, name, unknown');
    expect(planShapeProblem({ ...plan, level: undefined, levelSource: 'text' })).toBe('"levelSource" is "text" but there is no "level"');
    expect(planShapeProblem({ ...plan, level: undefined, levelSource: 'unknown' })).toBeNull();
    expect(planShapeProblem({ ...plan, actuals: [1] })).toBe('actuals[0] is not an object');
    expect(planShapeProblem({ ...plan, actuals: [{ metric: 5 }] })).toBe('actuals[0] lacks a metricKey, a finite value or a factor');
    expect(planShapeProblem({ ...plan, tasks: [null] })).toBe('tasks[0] is not an object');
    expect(planShapeProblem({ ...plan, year: '2023' })).toBe('"year" is "2023", not a four-digit year or null');
  });
});
