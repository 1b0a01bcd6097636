import { Module } from '@nestjs/common';
import { ActivityRecorder } from './activity-recorder';
import { ActivityService } from './activity.service';

/**
 * Timelines: the recorder every record's service writes through, and the service that reads
 * timelines and keeps notes. Needs CoreModule.
 */
@Module({
  providers: [ActivityRecorder, ActivityService],
  exports: [ActivityRecorder, ActivityService],
})
export class ActivityModule {}
