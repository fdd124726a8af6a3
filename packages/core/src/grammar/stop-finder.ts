/**
 * A finder of the first match of `stop` (a /g pattern) at or after a position, for positions asked in increasing
 * order: an answer still ahead is given again, so a long stretch without a stop is read once, not once per position,
 * and no copy of the rest of the text is made. -1 when no stop follows.
 * (A module of its own, importing nothing: words.ts uses it, and chars.ts, which re-exports it, imports words.ts.)
 */
export function stopFinder(text: string, stop: RegExp): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    stop.lastIndex = from;
    found = stop.exec(text)?.index ?? -1;
    return found;
  };
}
