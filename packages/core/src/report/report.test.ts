import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../model.ts';
import { cellMarks, quoteExcerpt } from './marks.ts';
import { compareCells, groupBySheet } from './group.ts';
import { escapeHtml, renderReportHtml } from './html.ts';
import { renderSummaryText } from './summary.ts';
import { renderReportText } from './text.ts';
import { displayWidth, padEndWidth, stripAnsi, truncateWidth, wrapWidth } from './text-width.ts';
import '../locales/en.ts'; // English words register on import, as the package index does

const quote = '技改投资增长20%以上（市经信局牵头，各县区政府、市开发区管委负责）。';
const shortfall: Finding = {
  code: 'shortfall',
  severity: 'error',
  sheet: '重点任务分解表',
  cell: 'C7',
  expected: '≥ 20%',
  actual: '≥ 15%',
  message: '技改投资增长 15% 以上，低于六安市 2023 年计划的 20% 以上。',
  metricKey: '技术改造投资',
  target: { plan: 'luan-2023', region: '六安市', year: 2023, targetId: 't012', metric: '技改投资', quote, span: [100, 110] },
};
const lead: Finding = {
  code: 'lead-mismatch',
  severity: 'warning',
  sheet: '重点任务分解表',
  cell: 'D7',
  expected: '市经信局',
  actual: '区发改委',
  message: '牵头单位不在计划所列部门中。',
};
const missing: Finding = {
  code: 'missing-target',
  severity: 'warning',
  sheet: '重点任务分解表',
  cell: 'A1',
  expected: '≥ 150 户',
  actual: '',
  message: '计划目标“新增规上工业企业150户以上”无人承接。',
};
const second: Finding = { ...lead, code: 'weaker-comparator', severity: 'info', sheet: 'Sheet2', cell: 'B10', message: 'note <b>&' };

function makeReport(findings: Finding[]): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    valid: errors === 0,
    stats: {
      rows: 12,
      claims: 9,
      matched: 7,
      errors,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    },
    findings,
  };
}

describe('text width', () => {
  it('counts CJK and full-width characters as two columns and ANSI as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('技改投资')).toBe(8);
    expect(displayWidth('（，）')).toBe(6);
    expect(displayWidth('\u001b[31m错误\u001b[0m')).toBe(4);
    expect(displayWidth(padEndWidth('错误', 7))).toBe(7);
  });
  it('truncates and wraps by columns, never past the width', () => {
    expect(truncateWidth('技改投资增长', 7)).toBe('技改投…');
    expect(displayWidth(truncateWidth('技改投资增长', 7))).toBeLessThanOrEqual(7);
    const lines = wrapWidth('技改投资增长 15% 以上，低于计划 the plan asks for twenty percent', 20);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toContain('twenty');
    expect(lines.some((l) => l === 'twenty percent' || l.includes('twenty'))).toBe(true);
    expect(wrapWidth('a\nb', 10)).toEqual(['a', 'b']);
  });
});

describe('grouping', () => {
  it('orders cells down the sheet', () => {
    expect(['B10', 'C2', 'A10', 'AA1'].sort(compareCells)).toEqual(['AA1', 'C2', 'A10', 'B10']);
  });
  it('groups by sheet in order of appearance, errors first, then down the sheet', () => {
    const groups = groupBySheet(makeReport([lead, second, shortfall, missing]));
    expect(groups.map((g) => g.sheet)).toEqual(['重点任务分解表', 'Sheet2']);
    expect(groups[0]!.findings.map((f) => f.cell)).toEqual(['C7', 'A1', 'D7']);
    expect(groups[0]!.counts).toEqual({ error: 1, warning: 2, info: 0 });
  });
});

describe('renderReportText', () => {
  const report = makeReport([shortfall, lead, missing, second]);
  it('shows cell, severity, code, expected vs actual, message and quote, grouped by sheet', () => {
    const text = renderReportText(report, { file: 'jinan.xlsx' });
    expect(text).toContain('文件: jinan.xlsx');
    expect(text).toContain('工作表 “重点任务分解表” — 3 项发现：1 个错误，2 个警告');
    expect(text).toMatch(/C7 {2}错误 {2}shortfall\s+计划要求 ≥ 20% {2}表中填报 ≥ 15%/);
    expect(text).toContain('技改投资增长 15% 以上，低于六安市 2023 年计划的 20% 以上。');
    expect(text).toContain('计划原文 · 六安市 2023 年计划: “技改投资增长20%以上');
    expect(text.indexOf('C7')).toBeLessThan(text.indexOf('A1'));
    expect(text.indexOf('A1')).toBeLessThan(text.indexOf('D7'));
    expect(text.indexOf('重点任务分解表')).toBeLessThan(text.indexOf('Sheet2'));
    expect(text).toContain('结论: 未通过');
    expect(text).not.toContain('\u001b[');
  });
  it('aligns the code column across CJK severities', () => {
    const lines = renderReportText(report).split('\n');
    const codeColumns = ['shortfall', 'lead-mismatch', 'missing-target'].map((code) => {
      const line = lines.find((l) => l.includes(code))!;
      return displayWidth(line.slice(0, line.indexOf(code)));
    });
    expect(new Set(codeColumns).size).toBe(1);
  });
  it('colours only when asked, and the text is the same without the colour codes', () => {
    const plain = renderReportText(report, { color: false });
    const coloured = renderReportText(report, { color: true });
    expect(coloured).toContain('\u001b[31m');
    expect(stripAnsi(coloured)).toBe(plain);
  });
  it('quotes a sentence once when several findings in a row come from it', () => {
    const twin: Finding = { ...shortfall, cell: 'C9', message: 'second target of the same sentence' };
    const text = renderReportText(makeReport([shortfall, twin]));
    expect(text.match(/技改投资增长20%以上/g)).toHaveLength(1);
    expect(text).toContain('计划原文: 同上');
  });
  it('lists a run of like sheet-wide findings compactly, keeping every target', () => {
    const untaken = ['规上工业企业', '亿元企业', '技改项目', '绿色工厂'].map((metric, i): Finding => ({
      ...missing,
      expected: `${10 + i}个`,
      target: { plan: 'luan-2023', region: '六安市', year: 2023, targetId: `t${i}`, metric, quote: `力争${metric}${10 + i}个。`, span: [0, 1] },
    }));
    const text = renderReportText(makeReport([shortfall, ...untaken]));
    expect(text).toMatch(/A1 {2}警告 {2}missing-target {2}共 4 项（全文见 --html 或 --json）：/);
    expect(text).toContain('规上工业企业 10个；亿元企业 11个；技改项目 12个；绿色工厂 13个');
    expect(text.match(/missing-target/g)).toHaveLength(1);
    expect(text).toContain('技改投资增长 15% 以上');
    const html = renderReportHtml([{ file: 'a.xlsx', report: makeReport([shortfall, ...untaken]) }], { plans: [] });
    expect(html.match(/missing-target/g)).toHaveLength(1);
    expect(html).toContain(
      '<td colspan="3">4 项计划目标未在本表中分解落实：<ul class="targets"><li><strong>规上工业企业</strong> 10个 <span class="q">“力争规上工业企业10个。”</span></li>',
    );
  });
  it('heads plan-against-plan findings with the plan and quotes both sentences', () => {
    const planFinding: Finding = {
      ...shortfall,
      sheet: 'jinan-2024',
      cell: '',
      subject: { plan: 'jinan-2024', region: '金安区', year: 2024, targetId: 't003', metric: '技改投资', quote: '技改投资同比增长15%以上。', span: [0, 5] },
    };
    const text = renderReportText(makeReport([planFinding]));
    expect(text).toContain('计划 “jinan-2024”');
    expect(text).toMatch(/t003 {2}错误 {2}shortfall/);
    expect(text).toContain('本计划原文: “技改投资同比增长15%以上。”');
    const html = renderReportHtml([{ file: 'jinan-2024', report: makeReport([planFinding]) }], { plans: [] });
    expect(html).toContain('<h3>计划: jinan-2024</h3>');
    expect(html).toContain('<cite>本计划原文</cite>');
  });
  it('wraps to the width it is given', () => {
    const text = renderReportText(report, { width: 50 });
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
  });
  it('renders English labels and a clean report', () => {
    const text = renderReportText(makeReport([]), { locale: 'en' });
    expect(text).toContain('No findings.');
    expect(text).toContain('Result: passed · 0 findings · Rows 12, Claims 9, Matched 7');
    const en = renderReportText(report, { locale: 'en' });
    expect(en).toContain('Sheet "重点任务分解表" — 3 findings: 1 error, 2 warnings');
  });
});

describe('renderReportHtml', () => {
  const files = [
    { file: 'a/jinan.xlsx', report: makeReport([shortfall, lead, missing, second]) },
    { file: 'clean.csv', report: makeReport([]) },
    { file: 'broken.xlsx', error: 'broken.xlsx: not a valid .xlsx (zip is truncated)' },
  ];
  const html = renderReportHtml(files, {
    plans: [{ name: 'luan-2023', region: '六安市', year: 2023, title: '六安市2023年工业发展工作要点' }],
    asOf: '2023-09-30',
    generatedAt: '2023-10-08 09:00',
  });
  it('is one self-contained page: inline CSS, no scripts, no external requests', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import|https?:/i);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('section.file { break-before: page; }');
    expect(html).toContain('thead { display: table-header-group; }');
  });
  it('carries title, plans, as-of date, summary and every finding', () => {
    expect(html).toContain('<h1>目标分解表核查报告</h1>');
    expect(html).toContain('六安市2023年工业发展工作要点 — 六安市 2023 年计划');
    expect(html).toContain('2023-09-30');
    expect(html).toMatch(
      /<td>a\/jinan\.xlsx<\/td><td class="num">12<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">1<\/td><td class="result-invalid">未通过<\/td>/,
    );
    expect(html).toContain('<td class="result-valid">通过</td>');
    expect(html).toContain('broken.xlsx: not a valid .xlsx (zip is truncated)');
    expect(html).toContain(
      '<td class="cell">C7</td><td><span class="sev sev-error">错误</span></td><td class="code">shortfall</td><td class="value">≥ 20%</td><td class="value">≥ 15%</td>',
    );
    expect(html).toContain('<blockquote>技改投资增长20%以上');
    expect(html.match(/<section class="file">/g)).toHaveLength(3);
  });
  it('escapes every piece of text that came from a sheet or plan', () => {
    expect(html).toContain('note &#60;b&#62;&#38;');
    expect(html).not.toContain('<b>&');
    const hostile = renderReportHtml([{ file: '<img src=x onerror=alert(1)>.xlsx', report: makeReport([{ ...lead, sheet: '"><script>' }]) }], { plans: [] });
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<script>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
  it('has English labels when asked', () => {
    const en = renderReportHtml(files, { plans: [], locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<th>Plan asks</th>');
    expect(en).toContain('not given (progress not checked)');
  });
});

describe('cellMarks', () => {
  it('merges several findings on one cell into one note, worst severity first', () => {
    const onSameCell: Finding = { ...lead, cell: 'C7' };
    const marks = cellMarks(makeReport([onSameCell, shortfall, missing, second]));
    expect(marks.map((m) => `${m.sheet}!${m.cell}:${m.severity}`)).toEqual(['重点任务分解表!A1:warning', '重点任务分解表!C7:error', 'Sheet2!B10:info']);
    const c7 = marks[1]!.note;
    expect(c7.indexOf('shortfall')).toBeLessThan(c7.indexOf('lead-mismatch'));
    expect(c7).toContain('[错误] shortfall: 技改投资增长 15% 以上');
    expect(c7).toContain('计划要求: ≥ 20%；表中填报: ≥ 15%');
    expect(c7).toContain('计划原文: 技改投资增长20%以上');
  });
  it('says a repeated finding once and skips findings without a cell', () => {
    const marks = cellMarks(makeReport([shortfall, { ...shortfall, cell: '$c$7' }, { ...lead, cell: '' }]), 'en');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.note.match(/shortfall/g)).toHaveLength(1);
    expect(marks[0]!.note).toContain('[Error] shortfall');
  });
  it('shortens long quotes around the metric', () => {
    const long = '一'.repeat(300) + '技改投资增长20%以上' + '二'.repeat(300);
    const excerpt = quoteExcerpt(long, '技改投资', 60);
    expect(excerpt).toContain('技改投资增长20%以上');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(62);
  });
});

describe('renderSummaryText', () => {
  it('lists each file with rows and findings by severity, and totals', () => {
    const text = renderSummaryText([
      { file: '金安区.xlsx', report: makeReport([shortfall, lead]) },
      { file: 'broken.xlsx', error: 'truncated' },
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^文件\s+行数\s+错误\s+警告\s+提示\s+结论$/);
    expect(lines[2]).toMatch(/^金安区\.xlsx\s+12\s+1\s+1\s+0\s+未通过$/);
    expect(lines[3]).toMatch(/无法读取$/);
    expect(lines.at(-1)).toMatch(/^合计\s+12\s+1\s+1\s+0\s+0\/2 通过$/);
    // Numbers are right-aligned under their headings.
    const endOf = (line: string, token: string) => displayWidth(line.slice(0, line.indexOf(token) + token.length));
    expect(endOf(lines[0]!, '行数')).toBe(endOf(lines[2]!, '12'));
  });
});
