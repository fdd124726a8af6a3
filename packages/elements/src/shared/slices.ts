/**
 * Long work done a slice at a time, so no task of the page runs long: a step does some work,
 * asking `stop()` between units, and says when it is done; a schedule says when the next slice
 * runs and when its time is up. <mb-findings-list> indexes a large report between event-loop
 * tasks and builds its search text while the page is idle, both through runInSlices.
 */

/** One slice of work: does units until `stop()` says so or none are left; true once all are done. */
export type SliceStep = (stop: () => boolean) => boolean;

/** Runs `slice` later, giving it the `stop()` that says the slice's time is up. */
export type SliceSchedule = (slice: (stop: () => boolean) => void) => void;

/** Runs `step` one scheduled slice after another (none at once) until it is done; resolves then. */
export function runInSlices(step: SliceStep, schedule: SliceSchedule): Promise<void> {
  return new Promise((resolve) => {
    const slice = (stop: () => boolean) => {
      if (step(stop)) resolve();
      else schedule(slice);
    };
    schedule(slice);
  });
}

/** A slice per event-loop task (setTimeout), each stopping once it has run `budgetMs`. */
export function betweenTasks(budgetMs: number): SliceSchedule {
  return (slice) =>
    setTimeout(() => {
      const start = performance.now();
      slice(() => performance.now() - start > budgetMs);
    });
}

/**
 * A slice per idle period (requestIdleCallback), each stopping when less than `reserveMs` of the
 * period is left; without requestIdleCallback, all of the work in one task after a setTimeout.
 */
export function whenIdle(reserveMs: number): SliceSchedule {
  const idle = globalThis.requestIdleCallback;
  if (!idle) return (slice) => setTimeout(() => slice(() => false));
  return (slice) => idle((deadline) => slice(() => deadline.timeRemaining() < reserveMs));
}
