// @runs: node-script
import type { Figure } from './report';

export function benchCalendar(): Figure[] | Promise<Figure[]> {
  return [];
}
