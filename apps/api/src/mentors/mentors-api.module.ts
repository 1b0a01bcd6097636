import { Module } from '@nestjs/common';
import { MentorsModule } from '@kohorte/server/mentors';
import { MentorsController } from './mentors.controller';

@Module({ imports: [MentorsModule], controllers: [MentorsController] })
export class MentorsApiModule {}
