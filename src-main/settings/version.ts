// @runs: main
// Lost updates in Cài đặt: each settings form saves whole images of its
// settings, so a form left open while its stored values change underneath (the
// office hub brings another counter's change, another window saves) would write
// the stale values back. Every settings read gives a version of what it read;
// every save carries the version its form loaded and is refused when the
// stored values have changed since.
import { createHash } from 'node:crypto';
import { DomainError } from '../api/kit';
import { settingsWords } from '../shared/vi/settings';

/** Takes the values a settings read gives (without a version); gives a short token that changes when any of them does. */
export function versionOf(values: unknown): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 16);
}

/** Takes the values a settings read gives; gives them with their version. */
export function withVersion<T extends object>(values: T): T & { version: string } {
  return { ...values, version: versionOf(values) };
}

/**
 * Takes the version a form loaded (omitted: a caller that read nothing first,
 * the command line or a script, which writes over whatever is stored) and the
 * values stored now, as the read gives them. Call inside the save's
 * transaction, before writing. Refuses with CONFLICT and a Vietnamese message
 * when they differ: nothing is written and the form must load again.
 */
export function expectUnchanged(loaded: string | undefined, current: object): void {
  if (loaded !== undefined && loaded !== versionOf(current)) throw new DomainError('CONFLICT', settingsWords.staleForm);
}
