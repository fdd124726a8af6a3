import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '@mubiao/elements/define/task-matrix.js';
import { MbTaskMatrix as MbTaskMatrixElement, type DepartmentChangeDetail, type TaskSelectDetail } from '@mubiao/elements/task-matrix/task-matrix.js';

/** `<mb-task-matrix>`: `onTaskSelect` for `mb-task-select`, `onDepartmentChange` for `mb-department-change`. */
export const MbTaskMatrix = createComponent({
  tagName: 'mb-task-matrix',
  elementClass: MbTaskMatrixElement,
  react: React,
  events: {
    onTaskSelect: 'mb-task-select' as EventName<CustomEvent<TaskSelectDetail>>,
    onDepartmentChange: 'mb-department-change' as EventName<CustomEvent<DepartmentChangeDetail>>,
  },
});
