import { stat } from 'node:fs/promises';
import { UserError } from './errors.ts';

/** Said of an input that is a device, pipe or socket: read as a file, it may never end. */
export const NOT_A_FILE = 'not a regular file (a device, pipe or socket); save it to a file and give that';

/**
 * The size of the file at `path`, after checking that it is one to read whole: a folder, or a
 * device, pipe or socket (/dev/zero has no size to check against a limit and reads without end;
 * a FIFO may never answer), is refused before a byte is read. Every refusal is a one-line
 * UserError naming `label`; `what` names the kind of file expected ("a workbook").
 */
export async function regularFileSize(path: string, label: string, what: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(error.code === 'ENOENT' ? `${label}: no such file` : `${label}: cannot read (${error.code ?? 'error'})`);
  });
  if (info.isDirectory()) throw new UserError(`${label}: is a folder, not ${what}`);
  if (!info.isFile()) throw new UserError(`${label}: ${NOT_A_FILE}`);
  return info.size;
}
