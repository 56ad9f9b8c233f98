// @runs: renderer
import { formatVnDate } from '../../src-main/shared/time';

/** "09:00 04/03/2026" from a stored +07:00 time. */
export function vnTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(11, 16)} ${formatVnDate(iso)}`;
}

export function vnDay(iso: string | null | undefined): string {
  return iso ? formatVnDate(iso) : '';
}
