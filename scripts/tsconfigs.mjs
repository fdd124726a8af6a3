// Every tsconfig of the workspace, each with the `lib`/`types` its files run with (core without
// DOM or Node, elements with the DOM, …). The type check and the type-aware lint both use it.
export const TS_CONFIGS = [
  'packages/core/tsconfig.json',
  'packages/core/tsconfig.test.json',
  'packages/xlsx/tsconfig.json',
  'packages/cli/tsconfig.json',
  'packages/elements/tsconfig.json',
  'packages/react/tsconfig.json',
  'addin/tsconfig.json',
  'seeds/tsconfig.json',
  'tests/tsconfig.json',
  'tests/e2e/tsconfig.json',
  'stories/tsconfig.json',
];
