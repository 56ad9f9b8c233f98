// @runs: test
import type { reportsContract } from '../../../src-main/reports/contract';
import type { Samples } from './index';

export const reportsSamples: Samples<typeof reportsContract> = {
  'reports.build': { period: { kind: 'range', from: '2026-03-01', to: '2026-03-31' }, clerkId: 1 },
  'reports.settings': {},
  'reports.updateSettings': { ownFiguresOnly: true },
  'reports.export': { period: { kind: 'month', month: '2026-03' }, format: 'xlsx' },
};
