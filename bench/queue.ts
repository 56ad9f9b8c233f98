// @runs: node-script
import type { Figure } from './report';

export function benchQueue(): Figure[] | Promise<Figure[]> {
  return [];
}
