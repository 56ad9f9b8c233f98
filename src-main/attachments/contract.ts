// @runs: shared
import { method } from '../api/kit';

export const attachmentsContract = {};
void method;
