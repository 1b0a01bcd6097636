import { Module } from '@nestjs/common';
import { SearchModule } from '@kohorte/server/search';
import { SearchController } from './search.controller';

@Module({ imports: [SearchModule], controllers: [SearchController] })
export class SearchApiModule {}
