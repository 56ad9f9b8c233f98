// @runs: shared
import { method } from '../api/kit';

export const endOfDayContract = {};
void method;
