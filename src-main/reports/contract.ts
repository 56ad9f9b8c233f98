// @runs: shared
import { method } from '../api/kit';

export const reportsContract = {};
void method;
