// @runs: node-script
import type { Figure } from './report';

export function benchAttachments(): Figure[] | Promise<Figure[]> {
  return [];
}
