import { ApiProperty } from '@nestjs/swagger';
import { type ChooseLanguageRequest, FORMAT_LOCALES, type FormatLocale } from '@kohorte/contracts';
import { IsIn } from 'class-validator';

export class ChooseLanguageDto implements ChooseLanguageRequest {
  @ApiProperty({
    enum: FORMAT_LOCALES,
    description: 'how dates are written; its language (de or en) is also the emails’ language',
  })
  @IsIn(FORMAT_LOCALES)
  language!: FormatLocale;
}
