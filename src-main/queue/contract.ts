// @runs: shared
import { method } from '../api/kit';

export const queueContract = {};
void method;
