import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FIRST_MONTH = '2000-01';

function currentMonthSomewhere(): string {
  // The month that has begun somewhere on earth (UTC+14): nobody's current month is refused.
  return new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 7);
}

const monthPipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (MONTH.test(value) && value >= FIRST_MONTH && value <= currentMonthSomewhere()) {
      return value;
    }
    const body: ApiErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Some fields are invalid',
      errors: [
        {
          field: 'month',
          messages: [`month must be YYYY-MM, from ${FIRST_MONTH} to the current month`],
        },
      ],
    };
    throw new BadRequestException(body);
  },
};

/** The `:month` route parameter: a month `YYYY-MM` that has begun; else a 400 naming `month`. */
export const MonthParam = (): ParameterDecorator => Param('month', monthPipe);
