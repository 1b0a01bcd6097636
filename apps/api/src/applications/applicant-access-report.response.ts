import { ApiProperty } from '@nestjs/swagger';
import {
  ACCESS_REPORT_STATUSES,
  type AccessReportStatus,
  type ApplicantAccessReport,
  type ApplicantAccessReportState,
} from '@kohorte/contracts';

/** Response shapes of an applicant's own access report, for the OpenAPI document only. */
class ApplicantAccessReportDto implements ApplicantAccessReport {
  @ApiProperty({ enum: ACCESS_REPORT_STATUSES })
  status!: AccessReportStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  progress!: number;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' })
  finishedAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'the download is gone after this' })
  expiresAt!: string;
}

export class ApplicantAccessReportStateDto implements ApplicantAccessReportState {
  @ApiProperty({
    type: ApplicantAccessReportDto,
    nullable: true,
    description: "the link's latest report; null before the first request",
  })
  report!: ApplicantAccessReportDto | null;
}
