// @runs: test
import type { endOfDayContract } from '../../../src-main/end-of-day/contract';
import type { Samples } from './index';

export const endOfDaySamples: Samples<typeof endOfDayContract> = {};
