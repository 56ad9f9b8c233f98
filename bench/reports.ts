// @runs: node-script
import type { Figure } from './report';

export function benchReports(): Figure[] | Promise<Figure[]> {
  return [];
}
