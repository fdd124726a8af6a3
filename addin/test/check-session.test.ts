/**
 * The check worker's protocol, run in Node: the same CheckSession the worker runs, reached
 * through a MessageChannel (as a worker is: structured clone, transfer lists) or on the same
 * thread (the fallback where no worker can be started).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { readAny, writeWorkbook } from '@mubiao/xlsx';
import { seededPlans } from '@mubiao/seeds';
import { runCheck } from '../src/shared/check.ts';
import { CheckCancelled, CheckClient, localTransport, type SessionTransport } from '../src/shared/check-client.ts';
import { PART_SIZE, type CheckProgress, type SessionMessage, type SessionRequest } from '../src/shared/check-protocol.ts';
import { CheckSession } from '../src/shared/check-session.ts';
import { marksFromReport } from '../src/shared/marks.ts';
import { gaugesToShow } from '../src/shared/gauges-shown.ts';
import type { Report } from '@mubiao/core';

/** Core's report as the page gets it: the gauges to draw, and how many there were. */
const asSent = (report: Report) => ({ report: { ...report, gauges: gaugesToShow(report.gauges ?? []) }, gaugeCount: report.gauges?.length ?? 0 });
import { tasksSheet } from '../../tests/bench/sheets.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jinanBytes = () => new Uint8Array(readFileSync(join(repo, 'seeds/sheets/jinan-2023-tasks.xlsx')));
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** What a channel transport saw: every message the page got, and how many the session posted before the end. */
interface ChannelLog {
  heard: SessionMessage[];
  postedBeforeEnd: number;
}

/** A session behind a message port, as a worker is: every message is cloned, transfer lists move buffers. */
function channelTransport(log?: SessionMessage[] | ChannelLog): SessionTransport {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const heard = Array.isArray(log) ? log : log?.heard;
  let ended = false;
  const session = new CheckSession((message, transfer = []) => {
    if (log && !Array.isArray(log) && !ended) log.postedBeforeEnd++;
    port2.postMessage(message, transfer as never);
  });
  let queue = Promise.resolve();
  port2.on('message', (request: SessionRequest) => {
    queue = queue.then(() => session.handle(request));
  });
  return {
    inWorker: true,
    send: (request, transfer = []) => port1.postMessage(request, transfer as never),
    listen: (receive) =>
      port1.on('message', (m: SessionMessage) => {
        heard?.push(structuredClone(m));
        receive(m);
      }),
    end: () => {
      ended = true;
      port1.close();
      port2.close();
    },
  };
}

describe('the check session', { timeout: 60_000 }, () => {
  it('takes the workbook bytes by transfer and returns core’s report, the marks and the sheets to draw', async () => {
    const client = new CheckClient(channelTransport());
    const bytes = bufferOf(jinanBytes());
    const size = bytes.byteLength;
    await client.openWorkbook(bytes, 'jinan-2023-tasks.xlsx');
    // Transferred, not copied: the page's buffer is detached.
    expect(bytes.byteLength).toBe(0);
    const progress: CheckProgress[] = [];
    const outcome = await client.check({ locale: 'zh-CN' }, true, (p) => progress.push(p));

    const grids = readAny(jinanBytes(), 'jinan-2023-tasks.xlsx').sheets;
    const direct = runCheck(grids, seededPlans, { locale: 'zh-CN' });
    expect({ report: outcome.report, gaugeCount: outcome.gaugeCount }).toEqual(asSent(direct));
    expect(direct.gauges!.length).toBeGreaterThan(outcome.report.gauges!.length);
    expect(outcome.marks).toEqual(marksFromReport(direct, 'zh-CN'));
    expect(outcome.format).toBe('xlsx');
    expect(outcome.views.map((v) => [v.sheet, v.rowCount, v.hasData])).toEqual(grids.map((g) => [g.sheet, g.rowCount, true]));
    expect(outcome.views[0]!.texts[2]![3]).toContain('技改投资增长15%以上');

    // Phases in order, with counts: the bytes read, the rows checked, the items handed back.
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['reading', 'checking', 'marking']);
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: size, unit: 'bytes' });
    expect(progress.find((p) => p.phase === 'checking')).toMatchObject({ total: grids.reduce((n, g) => n + g.rowCount, 0), unit: 'rows' });
    const last = progress.at(-1)!;
    expect(last.phase).toBe('marking');
    expect(last.done).toBe(last.total);
  });

  it('sends a large report in parts and puts it back together in order', async () => {
    const log: SessionMessage[] = [];
    const client = new CheckClient(channelTransport(log));
    const bytes = writeWorkbook([tasksSheet(1500)]);
    await client.openWorkbook(bufferOf(bytes), 'tasks.xlsx');
    const outcome = await client.check({ locale: 'en' }, true);
    const direct = runCheck(readAny(bytes, 'tasks.xlsx').sheets, seededPlans, { locale: 'en' });
    expect(direct.findings.length).toBeGreaterThan(PART_SIZE);
    expect(outcome.report.findings).toEqual(direct.findings);
    expect(outcome.report.tasks).toEqual(direct.tasks);
    // One object per plan target in each part: the plan's sentence travels once, not once per finding.
    const firstPart = (log.find((m) => m.type === 'part' && m.path === 'report.findings') as { items: { target?: object }[] }).items;
    const targets = firstPart.map((f) => f.target).filter(Boolean);
    expect(new Set(targets).size).toBeLessThan(targets.length / 10);
    expect(outcome.views[0]!.texts).toHaveLength(1502);
    const parts = log.filter((m) => m.type === 'part');
    expect(parts.filter((m) => m.type === 'part' && m.path === 'report.findings').length).toBe(Math.ceil(direct.findings.length / PART_SIZE));
    // No message carries more than one part's worth of any list.
    expect(parts.every((m) => m.type === 'part' && m.items.length <= PART_SIZE)).toBe(true);
    const done = log.find((m) => m.type === 'done' && m.value && typeof m.value === 'object' && 'report' in m.value);
    expect((done as { value: { report: { findings: unknown[] } } }).value.report.findings).toEqual([]);
  });

  it('checks the grids a host read (the task pane) the same as core does', async () => {
    const client = new CheckClient(channelTransport());
    const grids = readAny(writeWorkbook([tasksSheet(2500)]), 'tasks.xlsx').sheets;
    await client.putGrids(grids);
    const outcome = await client.check({ locale: 'zh-CN', asOf: '2023-09-30' }, false);
    const direct = runCheck(grids, seededPlans, { locale: 'zh-CN', asOf: '2023-09-30' });
    expect({ report: outcome.report, gaugeCount: outcome.gaugeCount }).toEqual(asSent(direct));
    expect(outcome.views).toEqual([]);
  });

  it('says what is wrong with a file that cannot be read, in the locale asked for', async () => {
    const client = new CheckClient(channelTransport());
    await client.openWorkbook(bufferOf(new TextEncoder().encode('PK\u0003\u0004 not really a zip')), 'broken.xlsx');
    await expect(client.check({ locale: 'en' }, true)).rejects.toThrow(/broken\.xlsx/);
    const empty = new CheckClient(channelTransport());
    await empty.putGrids([{ sheet: 'S', rowCount: 0, colCount: 0, cells: [], merges: [], hiddenRows: [], hiddenCols: [] }]);
    await expect(empty.check({ locale: 'zh-CN' }, false)).rejects.toThrow('工作簿中没有数据。');
  });

  it('makes the annotated copy and the findings export where the report is', async () => {
    const client = new CheckClient(channelTransport());
    await client.openWorkbook(bufferOf(jinanBytes()), 'jinan-2023-tasks.xlsx');
    const outcome = await client.check({ locale: 'zh-CN' }, false);
    const copy = await client.annotate();
    expect(readAny(new Uint8Array(copy.bytes), 'copy.xlsx').sheets[0]!.cells[2]![3]!.text).toContain('技改投资增长15%以上');
    const xlsx = await client.exportFindings('xlsx');
    const rows = readAny(new Uint8Array(xlsx.bytes), 'findings.xlsx').sheets[0]!.cells;
    expect(rows.length).toBe(outcome.report.findings.length + 1);
    expect(rows[0]!.map((c) => c?.text)).toEqual(['工作表', '单元格', '级别', '类型', '计划要求', '本表', '说明']);
    const csv = new TextDecoder().decode((await client.exportFindings('csv')).bytes);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(outcome.report.findings.length + 1);
  });
});

describe('cancelling a check', { timeout: 60_000 }, () => {
  it('rejects what was asked with CheckCancelled and hears nothing more from the session', async () => {
    const log: ChannelLog = { heard: [], postedBeforeEnd: 0 };
    let transportEnded = false;
    const inner = channelTransport(log);
    const client = new CheckClient({ ...inner, end: () => ((transportEnded = true), inner.end()) });
    await client.openWorkbook(bufferOf(writeWorkbook([tasksSheet(3000)])), 'tasks.xlsx');
    let cancelledAt: CheckProgress | undefined;
    let progressAfterCancel = 0;
    const checking = client.check({ locale: 'zh-CN' }, true, (p) => {
      if (cancelledAt) progressAfterCancel++;
      if (p.phase === 'checking' && !cancelledAt) {
        cancelledAt = p;
        client.cancel();
      }
    });
    await expect(checking).rejects.toBeInstanceOf(CheckCancelled);
    expect(transportEnded).toBe(true);
    expect(cancelledAt?.phase).toBe('checking');
    await expect(client.exportFindings('csv')).rejects.toBeInstanceOf(CheckCancelled);
    await new Promise((r) => setTimeout(r, 50));
    // A port may still hand over what was posted before it closed (Node does), never what came after;
    // the client passes none of it on.
    expect(log.heard.length).toBeLessThanOrEqual(log.postedBeforeEnd);
    expect(progressAfterCancel).toBe(0);
    expect(log.heard.some((m) => m.type === 'done' && m.value && typeof m.value === 'object' && 'report' in m.value)).toBe(false);
  });

  it('stops a session on the page’s thread at its next step, before it checks', async () => {
    const client = new CheckClient(localTransport());
    expect(client.inWorker).toBe(false);
    await client.openWorkbook(bufferOf(jinanBytes()), 'jinan-2023-tasks.xlsx');
    const phases: string[] = [];
    const checking = client.check({ locale: 'zh-CN' }, true, (p) => {
      phases.push(p.phase);
      client.cancel();
    });
    await expect(checking).rejects.toBeInstanceOf(CheckCancelled);
    await new Promise((r) => setTimeout(r, 20));
    expect(phases).toEqual(['reading']);
  });

  it('runs the whole check on the page’s thread where there is no worker (Node has none)', async () => {
    const client = CheckClient.open();
    expect(client.inWorker).toBe(false);
    await client.openWorkbook(bufferOf(jinanBytes()), 'jinan-2023-tasks.xlsx');
    const outcome = await client.check({ locale: 'zh-CN' }, true);
    expect(outcome.report.findings.find((f) => f.cell === 'D3' && f.code === 'shortfall')?.severity).toBe('error');
  });
});
