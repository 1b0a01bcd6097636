import { Module } from '@nestjs/common';
import { SavedViewsService } from './saved-views.service';

/** Saved list views of each staff member. Needs CoreModule. */
@Module({
  providers: [SavedViewsService],
  exports: [SavedViewsService],
})
export class SavedViewsModule {}
