// @runs: test
// Damaging a database file the way a failing disk or a bad shutdown does.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';

/** Overwrites bytes in the middle of the file (b-tree pages), keeping the header intact. */
export function corruptMiddle(file: string, bytes = 64 * 1024): void {
  const size = statSync(file).size;
  const length = Math.min(bytes, Math.floor(size / 2));
  const garbage = Buffer.alloc(length);
  for (let i = 0; i < length; i++) garbage[i] = (i * 151 + 7) % 256;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, garbage, 0, length, Math.max(4096, Math.floor(size / 2 - length / 2)));
  } finally {
    closeSync(fd);
  }
}

/** Overwrites the SQLite header: the file is no longer recognised as a database at all. */
export function corruptHeader(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from('THIS IS NOT A DATABASE ANY MORE.'), 0, 32, 0);
  } finally {
    closeSync(fd);
  }
}
