import { Module } from '@nestjs/common';
import { ActivityModule } from '@kohorte/server';
import { ActivityController } from './activity.controller';
import { NotesController } from './notes.controller';

@Module({ imports: [ActivityModule], controllers: [ActivityController, NotesController] })
export class ActivityApiModule {}
