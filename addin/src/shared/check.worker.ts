/**
 * The check worker (a module worker built by vite): one workbook per worker, checked off the
 * page's thread. See check-session.ts for what it does, check-client.ts for the page's side.
 */
import type { SessionRequest } from './check-protocol.ts';
import { CheckSession } from './check-session.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SessionRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};
const session = new CheckSession((message, transfer = []) => scope.postMessage(message, transfer));
// Requests are handled in order: a check never starts before its workbook has arrived.
let queue = Promise.resolve();
scope.onmessage = (e) => {
  queue = queue.then(() => session.handle(e.data));
};
