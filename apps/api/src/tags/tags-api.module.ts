import { Module } from '@nestjs/common';
import { TagsModule } from '@kohorte/server/tags';
import { TagsController } from './tags.controller';

@Module({ imports: [TagsModule], controllers: [TagsController] })
export class TagsApiModule {}
