import { Module } from '@nestjs/common';
import { TagsService } from './tags.service';

/** Tags across the tagged lists (startups, mentors, investors). Needs CoreModule. */
@Module({
  providers: [TagsService],
  exports: [TagsService],
})
export class TagsModule {}
