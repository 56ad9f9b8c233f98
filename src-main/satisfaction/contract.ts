// @runs: shared
import { method } from '../api/kit';

export const satisfactionContract = {};
void method;
