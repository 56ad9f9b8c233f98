// @runs: test
import type { reportsContract } from '../../../src-main/reports/contract';
import type { Samples } from './index';

export const reportsSamples: Samples<typeof reportsContract> = {};
