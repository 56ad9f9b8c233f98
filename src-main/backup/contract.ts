// @runs: shared
import { method } from '../api/kit';

export const backupContract = {};
void method;
