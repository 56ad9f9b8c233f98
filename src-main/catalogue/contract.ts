// @runs: shared
import { method } from '../api/kit';

export const catalogueContract = {};
void method;
