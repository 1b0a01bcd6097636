import { Module } from '@nestjs/common';
import { StartupsModule } from '@kohorte/server';
import { StartupsController } from './startups.controller';

@Module({ imports: [StartupsModule], controllers: [StartupsController] })
export class StartupsApiModule {}
