// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { attachmentsContract } from './contract';

export function attachmentsHandlers(services: Services): HandlersOf<typeof attachmentsContract> {
  void services;
  return {};
}
