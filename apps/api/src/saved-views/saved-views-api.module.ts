import { Module } from '@nestjs/common';
import { SavedViewsModule } from '@kohorte/server/saved-views';
import { SavedViewsController } from './saved-views.controller';

@Module({ imports: [SavedViewsModule], controllers: [SavedViewsController] })
export class SavedViewsApiModule {}
