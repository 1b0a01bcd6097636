import { ApiProperty } from '@nestjs/swagger';
import {
  type ListPage,
  type Startup,
  type StartupListItem,
  STARTUP_STATUSES,
  type StartupStatus,
} from '@kohorte/contracts';
import { ListPageFieldsDto } from '../http/list-page.response';

/** Response shapes, for the OpenAPI document only. */
export class StartupDto implements Startup {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true })
  oneLiner!: string | null;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  @ApiProperty({ type: String, nullable: true })
  website!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  foundedOn!: string | null;
  @ApiProperty({ type: String, nullable: true })
  stage!: string | null;
  @ApiProperty({ type: [String] })
  sectors!: string[];
  @ApiProperty({ type: 'integer', nullable: true })
  teamSize!: number | null;
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
  @ApiProperty({ type: 'integer', nullable: true })
  fundingRaisedEur!: number | null;
  @ApiProperty({ type: 'integer', nullable: true })
  fundingSoughtEur!: number | null;
  @ApiProperty({ type: [String] })
  languages!: string[];
  @ApiProperty({ type: [String] })
  topics!: string[];
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiProperty({ enum: STARTUP_STATUSES })
  status!: StartupStatus;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 })
  profileCompleteness!: number | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

/** A row of the startup list: the columns the list shows. */
export class StartupListItemDto implements StartupListItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true })
  oneLiner!: string | null;
  @ApiProperty({ type: String, nullable: true })
  stage!: string | null;
  @ApiProperty({ type: [String] })
  sectors!: string[];
  @ApiProperty({ type: [String] })
  tags!: string[];
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  foundedOn!: string | null;
  @ApiProperty({ type: 'integer', nullable: true })
  teamSize!: number | null;
  @ApiProperty({ enum: STARTUP_STATUSES })
  status!: StartupStatus;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 100 })
  profileCompleteness!: number | null;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class StartupPageDto extends ListPageFieldsDto implements ListPage<StartupListItem> {
  @ApiProperty({ type: [StartupListItemDto] })
  items!: StartupListItemDto[];
}
