// @runs: node-script
import type { Figure } from './report';

export function benchEndOfDay(): Figure[] | Promise<Figure[]> {
  return [];
}
