// @runs: main
import type { FeatureDeps } from '../services/deps';

export class WorkingCalendar {
  constructor(private readonly deps: FeatureDeps) {}
}
