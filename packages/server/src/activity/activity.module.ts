import { Module } from '@nestjs/common';
import { ActivityRecorder } from './activity-recorder';

/** Timelines: the recorder every record's service writes through. Needs CoreModule. */
@Module({
  providers: [ActivityRecorder],
  exports: [ActivityRecorder],
})
export class ActivityModule {}
