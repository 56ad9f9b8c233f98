// @runs: test
import type { satisfactionContract } from '../../../src-main/satisfaction/contract';
import type { Samples } from './index';

export const satisfactionSamples: Samples<typeof satisfactionContract> = {};
