// @runs: node-script
import type { Figure } from './report';

export function benchDocuments(): Figure[] | Promise<Figure[]> {
  return [];
}
