import { Module } from '@nestjs/common';
import { SavedFiltersService } from './saved-filters.service';

/** Saved list views of each staff member. Needs CoreModule. */
@Module({
  providers: [SavedFiltersService],
  exports: [SavedFiltersService],
})
export class SavedFiltersModule {}
