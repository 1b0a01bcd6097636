import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import type { ExportCsvOptions } from '@kohorte/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { ListInvestorsQueryDto } from '../investors/list-investors.query';
import { ListMentorsQueryDto } from '../mentors/list-mentors.query';
import { ListStartupsQueryDto } from '../startups/list-startups.query';

const DELIMITERS = ['comma', 'semicolon'] as const;
const LANGUAGES = ['en', 'de'] as const;

/** How the file is written; the list's own filters come beside these. */
class CsvOptionsDto implements ExportCsvOptions {
  @ApiPropertyOptional({
    enum: DELIMITERS,
    default: 'comma',
    description: '`semicolon` for German Excel',
  })
  @IsOptional()
  @IsIn(DELIMITERS)
  delimiter?: (typeof DELIMITERS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'language of the headers' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: (typeof LANGUAGES)[number];
}

export class ExportStartupsQueryDto extends IntersectionType(ListStartupsQueryDto, CsvOptionsDto) {}
export class ExportMentorsQueryDto extends IntersectionType(ListMentorsQueryDto, CsvOptionsDto) {}
export class ExportInvestorsQueryDto extends IntersectionType(
  ListInvestorsQueryDto,
  CsvOptionsDto,
) {}

/** Splits a query into the list's filters and the file's options. */
export function csvOptions<Q extends ExportCsvOptions>(
  query: Q,
): [Omit<Q, keyof ExportCsvOptions>, { delimiter: ',' | ';'; lang: 'en' | 'de' }] {
  const { delimiter, lang, ...filters } = query;
  return [filters, { delimiter: delimiter === 'semicolon' ? ';' : ',', lang: lang ?? 'en' }];
}
