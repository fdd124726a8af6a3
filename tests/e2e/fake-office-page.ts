/**
 * Runs in the task pane page in place of office.js: a scripted Excel host (the same fake the
 * add-in's unit tests use) holding the workbook the test passes in window.__MUBIAO_FAKE__.
 */
import { fakeOffice, workbookFromGrids } from '../../addin/test/fake-excel.ts';

interface FakeConfig {
  grids: Parameters<typeof workbookFromGrids>[0];
  maxExcelApi: string;
  platform: string;
}

const config = (window as unknown as { __MUBIAO_FAKE__: FakeConfig }).__MUBIAO_FAKE__;
const workbook = workbookFromGrids(config.grids);
const { Office, Excel, settings } = fakeOffice(workbook, config.maxExcelApi, config.platform);
Object.assign(window, { Office, Excel, __fakeWorkbook: workbook, __fakeSettings: settings });
