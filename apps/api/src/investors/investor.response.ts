import { ListPageFieldsDto } from '../http/list-page.response';
import { ApiProperty } from '@nestjs/swagger';
import {
  type Investor,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  type InvestorStatus,
  type InvestorType,
  type Locale,
  LOCALES,
  type ListPage,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class InvestorDto implements Investor {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true })
  contactName!: string | null;
  @ApiProperty({ format: 'email' })
  email!: string;
  @ApiProperty({ enum: INVESTOR_TYPES })
  type!: InvestorType;
  @ApiProperty({ type: [String] })
  sectors!: string[];
  @ApiProperty({ type: [String] })
  stages!: string[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'EUR' })
  ticketMinEur!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'EUR' })
  ticketMaxEur!: number | null;
  @ApiProperty({ type: [String], description: 'keys of the regions vocabulary' })
  regions!: string[];
  @ApiProperty({
    type: [String],
    description: 'free-text regions from before regions were a vocabulary, not yet mapped',
  })
  unmappedRegions!: string[];
  @ApiProperty({ type: 'integer' })
  introsPerRound!: number;
  @ApiProperty({ enum: INVESTOR_STATUSES })
  status!: InvestorStatus;
  @ApiProperty({
    enum: LOCALES,
    description: "the language of the investor's emails and link pages",
  })
  locale!: Locale;
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class InvestorPageDto extends ListPageFieldsDto implements ListPage<Investor> {
  @ApiProperty({ type: [InvestorDto] })
  items!: InvestorDto[];
}
