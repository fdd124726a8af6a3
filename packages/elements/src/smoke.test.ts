import { expect, test } from 'vitest';
test('runs in Chromium', () => {
  expect(navigator.userAgent).toContain('Chrome');
});
