import type { ImportRowError } from '@kohorte/contracts';
import { type Reason, reasonText } from './cell-rules';

/** A row's error on a field: the code and parameters, and the English text in `messages`. */
export function rowError(field: string, column: string | null, why: Reason): ImportRowError {
  return { field, column, code: why.code, params: why.params, messages: [reasonText(why)] };
}
