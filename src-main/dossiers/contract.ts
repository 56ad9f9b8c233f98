// @runs: shared
import { method } from '../api/kit';

export const dossiersContract = {};
void method;
