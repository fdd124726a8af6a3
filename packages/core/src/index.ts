export type * from './model.ts';
export * from './report/index.ts';
