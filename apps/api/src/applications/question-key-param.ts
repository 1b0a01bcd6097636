import { Param, type PipeTransform } from '@nestjs/common';
import { checkField, formatReason, QUESTION_FIELDS } from '@kohorte/contracts';
import { invalidFields } from '../http/invalid-fields';

/** A question's key in the path, checked by its rule; anything else is a 400 naming it. */
class QuestionKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const verdict = checkField(QUESTION_FIELDS.key, value);
    if (verdict.ok) return verdict.value as string;
    const { code, params } = verdict.reason;
    throw invalidFields([
      { field: 'questionKey', code, params, messages: [formatReason(code, params, 'en')] },
    ]);
  }
}

export const QuestionKeyParam = (): ParameterDecorator =>
  Param('questionKey', new QuestionKeyPipe());
