// @runs: test
import type { attachmentsContract } from '../../../src-main/attachments/contract';
import type { Samples } from './index';

export const attachmentsSamples: Samples<typeof attachmentsContract> = {};
