/**
 * The page's side of a check session (check-protocol.ts): a module worker where the browser can
 * start one, else the same session on the page's thread, which gives the page a turn between
 * steps. Cancel ends the worker at once (a session on the page's thread stops at its next step):
 * whatever was asked of it rejects with CheckCancelled, and nothing has been written anywhere.
 */
import type { Grid } from '@mubiao/core';
import type { CheckOptions } from './check.ts';
import {
  CheckCancelled,
  PART_SIZE,
  setPath,
  type CheckOutcome,
  type CheckProgress,
  type MadeFile,
  type SessionMessage,
  type SessionRequest,
} from './check-protocol.ts';

export { CheckCancelled };

/** How requests reach a session and its messages come back. */
export interface SessionTransport {
  send(request: SessionRequest, transfer?: Transferable[]): void;
  listen(receive: (message: SessionMessage) => void): void;
  end(): void;
  readonly inWorker: boolean;
}

type Request = SessionRequest extends infer R ? (R extends SessionRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  parts: Map<string, unknown[]>;
  onProgress?: ((progress: CheckProgress) => void) | undefined;
  progress?: CheckProgress;
}

/** The check worker, built by vite from check.worker.ts; null where no module worker can be started. */
export function workerTransport(): SessionTransport | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'mubiao-check' });
  } catch {
    return null;
  }
  return {
    inWorker: true,
    send: (request, transfer = []) => worker.postMessage(request, transfer),
    listen: (receive) => {
      worker.onmessage = (e: MessageEvent<SessionMessage>) => receive(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        receive({ id: -1, type: 'failed', message: e.message || 'the check worker stopped' });
      };
    },
    end: () => worker.terminate(),
  };
}

/** The same session on the page's thread (its code fetched only then: a page with a worker never loads it). */
export function localTransport(): SessionTransport {
  let receive: (message: SessionMessage) => void = () => {};
  const session = import('./check-session.ts').then(({ CheckSession }) => new CheckSession((message) => receive(message)));
  let queue = Promise.resolve();
  return {
    inWorker: false,
    send: (request) => {
      // A session that cannot load (its code not fetched) fails the request, never leaves it waiting.
      queue = queue
        .then(async () => (await session).handle(request))
        .catch((error: unknown) => receive({ id: request.id, type: 'failed', message: (error as Error)?.message ?? String(error) }));
    },
    listen: (r) => (receive = r),
    end: () => void session.then((s) => s.cancel()).catch(() => undefined),
  };
}

export class CheckClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private ended = false;

  constructor(private readonly transport: SessionTransport) {
    transport.listen((message) => this.receive(message));
  }

  /** A session in a worker where one can be started, else on the page's thread. */
  static open(): CheckClient {
    return new CheckClient(workerTransport() ?? localTransport());
  }

  get inWorker(): boolean {
    return this.transport.inWorker;
  }

  /** Hands the workbook's bytes to the session: transferred, so the buffer is empty here afterwards. */
  openWorkbook(bytes: ArrayBuffer, name: string): Promise<void> {
    return this.ask({ kind: 'open', bytes, name }, [bytes]) as Promise<void>;
  }

  /** Hands grids a host has read to the session, in parts. */
  async putGrids(grids: readonly Grid[]): Promise<void> {
    const sent: Promise<unknown>[] = [];
    for (const { cells, ...shape } of grids) {
      sent.push(this.ask({ kind: 'grid', shape }));
      for (let at = 0; at < cells.length; at += PART_SIZE) {
        sent.push(this.ask({ kind: 'grid-rows', rows: cells.slice(at, at + PART_SIZE) }));
        // Each part is copied as it is posted: one task each, so the page stays responsive.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    await Promise.all(sent);
  }

  check(options: CheckOptions, views: boolean, onProgress?: (progress: CheckProgress) => void): Promise<CheckOutcome> {
    return this.ask({ kind: 'check', options, views }, [], onProgress) as Promise<CheckOutcome>;
  }

  annotate(): Promise<MadeFile> {
    return this.ask({ kind: 'annotate' }) as Promise<MadeFile>;
  }

  exportFindings(format: 'csv' | 'xlsx'): Promise<MadeFile> {
    return this.ask({ kind: 'export', format }) as Promise<MadeFile>;
  }

  /** Ends the session now; everything pending rejects with CheckCancelled. */
  cancel(): void {
    if (this.ended) return;
    this.ended = true;
    this.transport.end();
    for (const p of this.pending.values()) p.reject(new CheckCancelled());
    this.pending.clear();
  }

  private ask(request: Request, transfer: Transferable[] = [], onProgress?: (progress: CheckProgress) => void): Promise<unknown> {
    if (this.ended) return Promise.reject(new CheckCancelled());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, parts: new Map(), onProgress });
      this.transport.send({ ...request, id }, transfer);
    });
  }

  private receive(message: SessionMessage): void {
    if (message.id === -1 && message.type === 'failed') {
      // The worker itself failed: every request fails with it.
      for (const p of this.pending.values()) p.reject(new Error(message.message));
      this.pending.clear();
      return;
    }
    const p = this.pending.get(message.id);
    if (!p) return;
    switch (message.type) {
      case 'progress':
        p.progress = message.progress;
        p.onProgress?.(message.progress);
        return;
      case 'part': {
        const list = p.parts.get(message.path);
        if (list) for (const item of message.items) list.push(item);
        else p.parts.set(message.path, message.items.slice());
        if (p.progress) {
          p.progress = { ...p.progress, done: p.progress.done + message.items.length };
          p.onProgress?.(p.progress);
        }
        return;
      }
      case 'done':
        this.pending.delete(message.id);
        for (const [path, items] of p.parts) setPath(message.value, path, items);
        p.resolve(message.value);
        return;
      case 'failed':
        this.pending.delete(message.id);
        p.reject(new Error(message.message));
    }
  }
}
