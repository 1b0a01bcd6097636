import { Module } from '@nestjs/common';
import { TimelineRecorder } from './timeline-recorder';
import { TimelineService } from './timeline.service';

/**
 * Timelines: the recorder every record's service writes through, and the service that reads
 * timelines and keeps notes. Needs CoreModule.
 */
@Module({
  providers: [TimelineRecorder, TimelineService],
  exports: [TimelineRecorder, TimelineService],
})
export class TimelineModule {}
