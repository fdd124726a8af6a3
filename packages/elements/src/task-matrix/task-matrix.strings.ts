/** Strings of <mb-task-matrix>: zh-CN here, built in; other locales register theirs (src/locales/en.ts). */

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

export const taskMatrixStrings: { readonly 'zh-CN': TaskMatrixStrings } = {
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
};

declare module '@mubiao/core/vocab/words' {
  interface LocaleWords {
    /** The strings of <mb-task-matrix> (zh-CN built in above; English: src/locales/en.ts). */
    taskMatrix: TaskMatrixStrings;
  }
}
