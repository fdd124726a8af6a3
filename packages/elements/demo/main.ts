/**
 * The demo portal's own script (served as /main.js, an external module: the page runs under
 * `Content-Security-Policy: default-src 'self'`). It fetches the seeded data from the same
 * origin and hands it to the elements as properties; every piece of text goes in as text.
 */
import type { Finding, Report } from '@mubiao/core';
import type { DemoData } from '../scripts/demo-data.ts';

type Lang = 'zh-CN' | 'en';

const pageText: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    title: '工业经济目标任务推进情况',
    theme: '主题',
    language: '语言',
    'theme-default': '默认',
    'theme-gov-red': '政府红',
    'theme-dark': '深色',
    'theme-large-text': '大字号（适老化）',
    'gauges-title': '安徽省2024年目标与2023年完成情况',
    'gauges-note': '数值为2023年实际完成（来源：安徽省经信厅2023年工作成效），目标为2024年工作安排。',
    'matrix-title': '宿州市2023年重点任务分工',
    'ranking-title': '各地规上工业增加值增长目标',
    'findings-title': '金安区2023年任务分解表校验',
    'findings-note': '对照六安市2023年工作要点检查金安区分解表中的目标。',
    region: '地区',
    year: '年份',
    growth: '增长目标',
    plan: '计划',
    noValue: '暂无2023年数据',
    sources: '数据来源：',
    taskChosen: '已选择任务：',
    findingChosen: '已选择问题：',
    loadFailed: '示例数据加载失败：',
  },
  en: {
    title: 'Industrial targets: progress',
    theme: 'Theme',
    language: 'Language',
    'theme-default': 'Default',
    'theme-gov-red': 'Government red',
    'theme-dark': 'Dark',
    'theme-large-text': 'Large text',
    'gauges-title': 'Anhui 2024 targets against 2023 results',
    'gauges-note': 'Values are 2023 results (Anhui economy and IT department review); targets are the 2024 plan.',
    'matrix-title': 'Suzhou 2023: who leads and supports each key task',
    'ranking-title': 'Growth targets for industrial value added, by region',
    'findings-title': 'Jin’an 2023 decomposition table, checked',
    'findings-note': 'Targets of the Jin’an table checked against Lu’an’s 2023 work points.',
    region: 'Region',
    year: 'Year',
    growth: 'Growth target',
    plan: 'Plan',
    noValue: 'No 2023 figure',
    sources: 'Data: ',
    taskChosen: 'Task chosen: ',
    findingChosen: 'Finding chosen: ',
    loadFailed: 'Could not load the demo data: ',
  },
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo page is missing #${id}`);
  return element as T;
}

function lang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

function t(key: string): string {
  return pageText[lang()][key] ?? key;
}

function translatePage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset['i18n'] ?? '');
  }
  byId('page-title').textContent = t('title');
  document.title = `${t('title')} · Mubiao`;
}

function renderGauges(data: DemoData): void {
  const container = byId('gauges');
  container.replaceChildren(
    ...data.gauges.map((gauge) => {
      const figure = document.createElement('figure');
      figure.className = 'gauge-card';
      const element = document.createElement('mb-target-gauge');
      element.setAttribute('label', gauge.label);
      if (gauge.value !== null) element.setAttribute('value', String(gauge.value));
      if (gauge.target !== null) element.setAttribute('target', String(gauge.target));
      if (gauge.max !== null) element.setAttribute('max', String(gauge.max));
      element.setAttribute('comparator', gauge.comparator);
      element.setAttribute('unit', gauge.unit);
      element.setAttribute('kind', gauge.kind);
      if (gauge.decline) element.setAttribute('decline', '');
      const caption = document.createElement('figcaption');
      caption.textContent = gauge.valueLabel ? `${gauge.valueLabel} · ${gauge.quote}` : `${t('noValue')} · ${gauge.quote}`;
      figure.append(element, caption);
      return figure;
    }),
  );
}

function rankingColumns() {
  return [
    { key: 'region', label: t('region'), type: 'text' },
    { key: 'year', label: t('year'), type: 'number', format: (value: unknown) => String(value) },
    { key: 'growth', label: t('growth'), type: 'percent' },
    { key: 'plan', label: t('plan'), type: 'text', sortable: false },
  ];
}

function describeFinding(finding: Finding): string {
  const where = finding.cell || finding.subject?.metric || finding.sheet;
  return `${where}: ${finding.message}`;
}

function wire(data: DemoData): void {
  renderGauges(data);

  const matrix = byId('matrix') as HTMLElement & { plan: unknown; report: Report };
  matrix.plan = data.matrix.plan;
  matrix.report = data.matrix.report;
  matrix.addEventListener('mb-task-select', (event) => {
    const detail = (event as CustomEvent<{ task: { number: string; title: string }; department: string | null }>).detail;
    byId('matrix-selection').textContent = `${t('taskChosen')}${detail.task.number}${detail.task.title}${detail.department ? ` · ${detail.department}` : ''}`;
  });

  const ranking = byId('ranking') as HTMLElement & { rows: unknown[]; columns: unknown[] };
  ranking.setAttribute('rank-by', 'growth');
  ranking.setAttribute('label', t('ranking-title'));
  ranking.columns = rankingColumns();
  ranking.rows = data.ranking;

  const findings = byId('findings') as HTMLElement & { report: Report };
  findings.report = data.findings.report;
  findings.addEventListener('mb-finding-select', (event) => {
    byId('finding-selection').textContent = t('findingChosen') + describeFinding((event as CustomEvent<{ finding: Finding }>).detail.finding);
  });

  byId('sources').textContent = t('sources') + data.generatedFrom.join('；');
}

/**
 * A theme as a portal picks one: the default is built into the elements; any other is its CSS
 * file (/themes/<name>.css), linked in place of the previous one. A same-origin stylesheet is
 * allowed under `default-src 'self'`.
 */
function useTheme(name: string): void {
  document.getElementById('theme-css')?.remove();
  if (name !== 'default') {
    const link = document.createElement('link');
    link.id = 'theme-css';
    link.rel = 'stylesheet';
    link.href = `/themes/${name}.css`;
    document.head.append(link);
  }
  document.documentElement.dataset['mbTheme'] = name;
}

async function main(): Promise<void> {
  const theme = byId<HTMLSelectElement>('theme');
  const language = byId<HTMLSelectElement>('language');
  theme.addEventListener('change', () => useTheme(theme.value));
  let data: DemoData | null = null;
  language.addEventListener('change', () => {
    document.documentElement.lang = language.value;
    translatePage();
    if (data) {
      renderGauges(data);
      const ranking = byId('ranking') as HTMLElement & { columns: unknown[] };
      ranking.setAttribute('label', t('ranking-title'));
      ranking.columns = rankingColumns();
    }
  });
  language.value = lang();

  try {
    const response = await fetch('/data.json');
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    data = (await response.json()) as DemoData;
  } catch (error) {
    byId('sources').textContent = t('loadFailed') + String(error instanceof Error ? error.message : error);
    return;
  }
  await Promise.all(['mb-target-gauge', 'mb-ranking-table', 'mb-task-matrix', 'mb-findings-list'].map((tag) => customElements.whenDefined(tag)));
  wire(data);
  document.documentElement.dataset['demoReady'] = 'true';
}

void main();
