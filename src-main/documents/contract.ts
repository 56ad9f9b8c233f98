// @runs: shared
import { method } from '../api/kit';

export const documentsContract = {};
void method;
