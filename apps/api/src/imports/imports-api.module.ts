import { Module } from '@nestjs/common';
import { ImportsModule } from '@kohorte/server/imports';
import { ImportsController } from './imports.controller';

@Module({ imports: [ImportsModule], controllers: [ImportsController] })
export class ImportsApiModule {}
