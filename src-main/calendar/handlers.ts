// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { calendarContract } from './contract';

export function calendarHandlers(services: Services): HandlersOf<typeof calendarContract> {
  void services;
  return {};
}
