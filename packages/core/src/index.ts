export type * from './model.ts';
export * from './report/index.ts';
export * from './sheet/index.ts';
export * from './validate/index.ts';
