import { Module } from '@nestjs/common';
import { SavedFiltersModule, TagsModule } from '@kohorte/server';
import { SavedFiltersController } from './saved-filters.controller';
import { TagsController } from './tags.controller';

@Module({
  imports: [TagsModule, SavedFiltersModule],
  controllers: [TagsController, SavedFiltersController],
})
export class ListsApiModule {}
