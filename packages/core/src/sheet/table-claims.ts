import { ClaimArray, type ClaimSource, type ClaimStore } from './claim-store.ts';
import type { Claim, SheetTable } from './types.ts';

/** Stores of tables whose `claims` nobody has read yet (so nobody can have edited them). */
const unread = new WeakMap<SheetTable, ClaimStore>();

/**
 * Gives a read table its claims: `table.claims` stays a plain, enumerable Claim[] (JSON,
 * structuredClone and spreads see it as before), built from the store on first read. Until then
 * validate reads the store itself, so checking a sheet never makes 200k claim objects.
 */
export function attachClaims(table: SheetTable, store: ClaimStore): void {
  let claims: Claim[] | undefined;
  unread.set(table, store);
  // Redefining the existing key keeps its place in the table's key order (JSON output unchanged).
  Object.defineProperty(table, 'claims', {
    enumerable: true,
    configurable: true,
    get(): Claim[] {
      if (!claims) {
        claims = store.claims();
        unread.delete(table); // the caller may now edit them: validate must read what they hold
      }
      return claims;
    },
    set(value: Claim[]) {
      claims = value;
      unread.delete(table);
    },
  });
}

/** The claims validate reads: the table's store while its claims are unread, else the array itself. */
export function claimSource(table: SheetTable): ClaimSource {
  return unread.get(table) ?? new ClaimArray(table.claims);
}

/**
 * Each claim of the tables as a plain object, one at a time, without building a table's whole
 * Claim[] (a host that looks at the first few, like the add-in's gauges, stops early).
 */
export function* eachClaim(tables: readonly SheetTable[]): Generator<Claim> {
  for (const table of tables) {
    const store = unread.get(table);
    if (!store) {
      yield* table.claims;
      continue;
    }
    for (let i = 0; i < store.length; i++) yield store.claim(i);
  }
}
