/**
 * Entry of taskpane.html. Waits for Office, then gives the pane an Excel host; outside Excel
 * (office.js absent or another host) the pane says where it runs instead.
 */
import './taskpane-app.ts';
import { excelHost } from './excel-host.ts';

const pane = document.querySelector('mb-taskpane');

function uiLocale(tag: string | undefined): 'zh-CN' | 'en' {
  return !tag || /^zh/i.test(tag) ? 'zh-CN' : 'en';
}

if (pane) {
  if (typeof Office === 'undefined') {
    pane.host = null;
  } else {
    void Office.onReady((info) => {
      pane.lang = uiLocale(Office.context?.displayLanguage);
      document.documentElement.lang = pane.lang;
      pane.host = info.host === Office.HostType.Excel ? excelHost(Office, Excel) : null;
    });
  }
}
