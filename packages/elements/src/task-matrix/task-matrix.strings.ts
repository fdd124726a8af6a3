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
  },
};
