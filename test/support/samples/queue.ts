// @runs: test
import type { queueContract } from '../../../src-main/queue/contract';
import type { Samples } from './index';

export const queueSamples: Samples<typeof queueContract> = {};
