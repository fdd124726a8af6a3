import { describe, expect, test } from 'vitest';
import type { Finding } from '@mubiao/core';
import { TaskIndex, taskIndexFor } from './task-index.ts';

const tasks = Array.from({ length: 12_000 }, (_, r) => ({ id: `t${r}`, sheet: '分解表', sheetRows: [r + 2] }));
const at = (cell: string, extra: Partial<Finding> = {}): Finding =>
  ({ code: 'shortfall', severity: 'error', sheet: '分解表', cell, expected: '', actual: '', message: '', ...extra }) as Finding;

describe('task index', () => {
  test('one index per report, task array and plan: the same array gets the same one, an edited list another', () => {
    const report = { findings: [] };
    const index = taskIndexFor(report, tasks);
    expect(taskIndexFor(report, tasks)).toBe(index);
    expect(taskIndexFor(report, tasks.slice(1))).not.toBe(index);
    const plan = { name: 'p', targets: [{ id: 'x', taskId: 't5' }] };
    const withPlan = taskIndexFor(report, tasks, plan);
    expect(withPlan).not.toBe(index);
    expect(taskIndexFor(report, tasks, plan)).toBe(withPlan);
    expect(taskIndexFor({ findings: [] }, tasks)).not.toBe(index);
    expect(withPlan.tasksOf(at('', { target: { plan: 'p', targetId: 'x' } as Finding['target'] }))).toEqual([5]);
  });

  test('a new array with the same report gets a new index, even with the same tasks in it', () => {
    const report = { findings: [] };
    const index = taskIndexFor(report, tasks);
    const copy = [...tasks];
    const fresh = taskIndexFor(report, copy);
    expect(fresh).not.toBe(index);
    expect(taskIndexFor(report, copy)).toBe(fresh);
    expect(taskIndexFor(report, tasks)).toBe(index);
    // An entry replaced in a new array (an edited row) is looked up in its new place.
    const edited = [...tasks];
    edited[3] = { id: 't3', sheet: '分解表', sheetRows: [50_000] };
    expect(taskIndexFor(report, edited).tasksOf(at('B50000'))).toEqual([3]);
    expect(index.tasksOf(at('B50000'))).toEqual([]);
  });

  test('built in slices: each build call stops when asked, a lookup finishes what is left', () => {
    const sliced = new TaskIndex(tasks);
    expect(sliced.build(() => true)).toBe(false); // told to stop at once: nothing built
    let asked = 0;
    let calls = 1;
    // stop() says "go on" once per call: one slice (1,000 tasks) per call, twelve for 12,000 tasks.
    while (!sliced.build(() => ++asked % 2 === 0)) calls++;
    expect(calls).toBe(12);
    expect(sliced.tasksOf(at('B2'))).toEqual([0]);

    const lazy = new TaskIndex(tasks);
    expect(lazy.build(() => asked++ % 2 === 1)).toBe(false); // one slice, then asked to stop
    expect(lazy.tasksOf(at('C12001'))).toEqual([11_999]); // a task of a later slice: the lookup built it
    expect(lazy.build(() => true)).toBe(true);
  });
});
