import { Module } from '@nestjs/common';
import { SavedFiltersModule } from '@kohorte/server';
import { SavedViewsController } from './saved-views.controller';

@Module({ imports: [SavedFiltersModule], controllers: [SavedViewsController] })
export class SavedViewsApiModule {}
