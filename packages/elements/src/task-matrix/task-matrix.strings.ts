/** zh-CN and en strings of <mb-task-matrix>. */
import type { Locale } from '../shared/locale.ts';

export interface TaskMatrixStrings {
  caption: string;
  task: string;
  status: string;
  total: string;
  totalsRow: string;
  lead: string;
  partner: string;
  department: string;
  allDepartments: string;
  legend: string;
  noTasks: string;
  noTasksForDepartment: (department: string) => string;
  departmentCounts: (leads: number, partners: number) => string;
  taskCounts: (leads: number, partners: number) => string;
  findingCount: (count: number) => string;
  checked: string;
  shown: (shown: number, total: number) => string;
  /** The summary above the matrix: tasks and departments, then the tasks with findings. */
  summary: (tasks: number, departments: number) => string;
  summaryMarked: string;
  summaryClean: string;
  tasksWith: (count: number, severity: string) => string;
  listSeparator: string;
  /** The pager: its name, its buttons and where the page is. */
  pages: string;
  previousPage: string;
  nextPage: string;
  pageStatus: (page: number, pages: number, first: number, last: number, total: number) => string;
}

export const taskMatrixStrings: Record<Locale, TaskMatrixStrings> = {
  'zh-CN': {
    caption: '重点任务分工',
    task: '重点任务',
    status: '校验',
    total: '合计',
    totalsRow: '各部门合计',
    lead: '牵头',
    partner: '配合',
    department: '部门',
    allDepartments: '全部部门',
    legend: '图例',
    noTasks: '暂无任务',
    noTasksForDepartment: (d) => `${d}暂无牵头或配合的任务`,
    departmentCounts: (l, p) => `牵头 ${l} 项，配合 ${p} 项`,
    taskCounts: (l, p) => `牵头 ${l} 个，配合 ${p} 个部门`,
    findingCount: (n) => `${n} 个问题`,
    checked: '无问题',
    shown: (s, t) => `显示 ${s} 项任务，共 ${t} 项`,
    summary: (t, d) => `共 ${t} 项任务，${d} 个部门`,
    summaryMarked: '；有问题的任务：',
    summaryClean: '；各项任务均无问题',
    tasksWith: (n, w) => `${w} ${n} 项`,
    listSeparator: '，',
    pages: '任务分页',
    previousPage: '上一页',
    nextPage: '下一页',
    pageStatus: (p, n, f, l, t) => `第 ${p} / ${n} 页（第 ${f}–${l} 项，共 ${t} 项）`,
  },
  en: {
    caption: 'Key task assignments',
    task: 'Task',
    status: 'Check',
    total: 'Total',
    totalsRow: 'Department totals',
    lead: 'Lead',
    partner: 'Partner',
    department: 'Department',
    allDepartments: 'All departments',
    legend: 'Legend',
    noTasks: 'No tasks',
    noTasksForDepartment: (d) => `${d} leads or supports no task`,
    departmentCounts: (l, p) => `leads ${l}, supports ${p}`,
    taskCounts: (l, p) => `${l} lead, ${p} partner departments`,
    findingCount: (n) => (n === 1 ? '1 finding' : `${n} findings`),
    checked: 'No findings',
    shown: (s, t) => `Showing ${s} of ${t} tasks`,
    summary: (t, d) => `${t} ${t === 1 ? 'task' : 'tasks'}, ${d} ${d === 1 ? 'department' : 'departments'}`,
    summaryMarked: '; tasks with findings: ',
    summaryClean: '; no task has findings',
    tasksWith: (n, w) => `${w} ${n}`,
    listSeparator: ', ',
    pages: 'Task pages',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageStatus: (p, n, f, l, t) => `Page ${p} of ${n} (tasks ${f}–${l} of ${t})`,
  },
};
