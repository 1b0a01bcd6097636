import { Module } from '@nestjs/common';
import { ActivityModule } from '@kohorte/server';
import { TimelineController } from './timeline.controller';
import { NotesController } from './notes.controller';

@Module({ imports: [ActivityModule], controllers: [TimelineController, NotesController] })
export class TimelineApiModule {}
