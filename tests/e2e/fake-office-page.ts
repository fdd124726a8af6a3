/**
 * Runs in the task pane page in place of office.js: a scripted Excel host (the same fake the
 * add-in's unit tests use) holding the workbook the test passes in window.__MUBIAO_FAKE__:
 * grids read from a file, and/or sheets of plain values (compact enough for 100,000 rows).
 */
import { fakeOffice, workbookFromGrids } from '../../addin/test/fake-excel.ts';

interface FakeConfig {
  grids: Parameters<typeof workbookFromGrids>[0];
  /** Sheets given as rows of values, added after the grids. */
  sheets?: { name: string; rows: (string | number | boolean | null)[][] }[];
  maxExcelApi: string;
  platform: string;
  /** Refuse syncs over this many bytes, as Excel on the web does at 5 MB. */
  payloadLimit?: number;
  /** The workbook's add-in settings as saved before (a pane reopened on it). */
  settings?: Record<string, unknown>;
}

const config = (window as unknown as { __MUBIAO_FAKE__: FakeConfig }).__MUBIAO_FAKE__;
const workbook = workbookFromGrids(config.grids);
for (const s of config.sheets ?? []) workbook.addSheet(s.name, s.rows);
if (config.payloadLimit) workbook.payloadLimit = config.payloadLimit;
const { Office, Excel, settings } = fakeOffice(workbook, config.maxExcelApi, config.platform);
for (const [name, value] of Object.entries(config.settings ?? {})) settings.set(name, value);
Object.assign(window, { Office, Excel, __fakeWorkbook: workbook, __fakeSettings: settings });
