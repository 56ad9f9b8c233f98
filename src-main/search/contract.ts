// @runs: shared
import { method } from '../api/kit';

export const searchContract = {};
void method;
