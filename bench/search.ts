// @runs: node-script
import type { Figure } from './report';

export function benchSearch(): Figure[] | Promise<Figure[]> {
  return [];
}
