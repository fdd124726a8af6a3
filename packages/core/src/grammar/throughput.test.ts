/**
 * Throughput of the grammar on the five seed documents (also the grammar's benchmark: run
 * `npx vitest run --project core packages/core/src/grammar/throughput.test.ts` and read the
 * printed figures). The floor asserted here is far below the goal so a busy machine does not
 * fail it; it catches accidental quadratic behaviour, not small regressions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const dir = fileURLToPath(new URL('../../../../seeds/documents/', import.meta.url));
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const sentences = texts.flatMap((t) => t.split(/(?<=[。；\n])/));

function measure(inputs: string[], rounds: number): { charsPerSecond: number; bytesPerSecond: number; statementsPerSecond: number } {
  for (let i = 0; i < 3; i++) for (const t of inputs) readStatements(t, { year: 2023 });
  let statements = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of inputs) statements += readStatements(t, { year: 2023 }).length;
  const seconds = (performance.now() - started) / 1000;
  return { charsPerSecond: (chars * rounds) / seconds, bytesPerSecond: (bytes * rounds) / seconds, statementsPerSecond: statements / seconds };
}

it('reads the seeds well above 1 MB of text per second', () => {
  for (const [label, inputs] of [['whole documents', texts], ['sentence by sentence', sentences]] as const) {
    const m = measure([...inputs], 30);
    console.log(
      `grammar, ${label}: ${(m.charsPerSecond / 1e6).toFixed(2)} M chars/s = ${(m.bytesPerSecond / 1e6).toFixed(2)} MB/s (UTF-8), ` +
        `${Math.round(m.statementsPerSecond)} statements/s`,
    );
    expect(m.bytesPerSecond).toBeGreaterThan(250_000);
  }
});
