// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { documentsContract } from './contract';

export function documentsHandlers(services: Services): HandlersOf<typeof documentsContract> {
  void services;
  return {};
}
