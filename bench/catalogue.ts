// @runs: node-script
import type { Figure } from './report';

export function benchCatalogue(): Figure[] | Promise<Figure[]> {
  return [];
}
