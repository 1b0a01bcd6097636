import { Module } from '@nestjs/common';
import { TimelineModule } from '@kohorte/server/timeline';
import { TimelineController } from './timeline.controller';
import { NotesController } from './notes.controller';

@Module({ imports: [TimelineModule], controllers: [TimelineController, NotesController] })
export class TimelineApiModule {}
