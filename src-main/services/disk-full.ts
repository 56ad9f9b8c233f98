// @runs: main
// A full disk is a kind of failure a clerk can act on, not a crash: SQLite's
// SQLITE_FULL and Node's ENOSPC / EDQUOT become DomainError('DISK_FULL') with a
// message naming the folder that could not be written. The dispatcher maps
// what reaches it to the data folder; code writing elsewhere wraps its writes
// in writingTo() so the message names the right folder.
import { DomainError } from '../api/kit';
import { folderMessages, type FolderKind } from '../shared/vi/folders';

const DISK_FULL_CODES: ReadonlySet<unknown> = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
/** How deep to look through `cause` for the original failure. */
const CAUSE_DEPTH = 4;

/** Takes any thrown value; true when it, or an error it wraps as its cause, says the disk (or the quota) is full. */
export function isDiskFull(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current instanceof Error && depth <= CAUSE_DEPTH; depth++) {
    if (DISK_FULL_CODES.has((current as { code?: unknown }).code)) return true;
    current = current.cause;
  }
  return false;
}

/** Takes a thrown value and the folder being written; gives DISK_FULL naming that folder when the disk is full, else the value unchanged. */
export function asDiskFull(error: unknown, kind: FolderKind, folder: string): unknown {
  return isDiskFull(error) ? new DomainError('DISK_FULL', folderMessages.diskFull(kind, folder)) : error;
}

/**
 * Runs a write into `folder`, synchronous or not, and gives its result; a full
 * disk is thrown as DISK_FULL naming the folder, any other failure unchanged.
 */
export function writingTo<T>(kind: FolderKind, folder: string, write: () => T): T {
  try {
    const result = write();
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      throw asDiskFull(error, kind, folder);
    }) as T;
  } catch (error) {
    throw asDiskFull(error, kind, folder);
  }
}
