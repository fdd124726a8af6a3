import { afterEach, describe, expect, test, vi } from 'vitest';
import { betweenTasks, runInSlices, whenIdle } from './slices.ts';

/** Work of `units` units, each taking 3 ms of the (mocked) clock; counts what is done. */
function work(units: number, clock: { now: number }) {
  const state = { done: 0, slices: 0 };
  const step = (stop: () => boolean) => {
    state.slices++;
    while (state.done < units && !stop()) {
      clock.now += 3;
      state.done++;
    }
    return state.done === units;
  };
  return { state, step };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('runInSlices', () => {
  test('between tasks: one slice per setTimeout, each stopping past its budget, resolved when done', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const { state, step } = work(10, clock);
    let resolved = false;
    const done = runInSlices(step, betweenTasks(8)).then(() => (resolved = true));
    expect(state.slices).toBe(0); // nothing at once
    const after: number[] = [];
    while (vi.getTimerCount()) {
      vi.advanceTimersToNextTimer();
      after.push(state.done);
    }
    // 3 ms a unit, 8 ms a slice: the third unit passes the budget, the slice stops after it.
    expect(after).toEqual([3, 6, 9, 10]);
    await done;
    expect(resolved).toBe(true);
  });

  test('when idle: one slice per idle period, each stopping when less than the reserve is left', async () => {
    const waiting: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
    const clock = { now: 0 };
    const { state, step } = work(10, clock);
    const done = runInSlices(step, whenIdle(2));
    expect(state.slices).toBe(0);
    const after: number[] = [];
    for (let callback = waiting.shift(); callback; callback = waiting.shift()) {
      // Each idle period: 10 ms from the start of its slice.
      const start = clock.now;
      callback({ didTimeout: false, timeRemaining: () => Math.max(0, 10 - (clock.now - start)) });
      after.push(state.done);
    }
    // 10, 7, 4 ms left: go on; 1 ms left (under the 2 ms reserve): stop.
    expect(after).toEqual([3, 6, 9, 10]);
    await done;
  });

  test('when idle without requestIdleCallback: all of it in one task after a timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestIdleCallback', undefined);
    const clock = { now: 0 };
    const { state, step } = work(1000, clock);
    const done = runInSlices(step, whenIdle(2));
    expect(state.slices).toBe(0);
    vi.runAllTimers();
    expect(state).toEqual({ done: 1000, slices: 1 });
    await done;
  });

  test('a step done at its first slice resolves after one slice', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let slices = 0;
    const done = runInSlices(() => ++slices > 0, betweenTasks(8));
    vi.runAllTimers();
    await done;
    expect(slices).toBe(1);
  });
});
