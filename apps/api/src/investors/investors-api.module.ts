import { Module } from '@nestjs/common';
import { InvestorsModule } from '@kohorte/server';
import { InvestorsController } from './investors.controller';

@Module({ imports: [InvestorsModule], controllers: [InvestorsController] })
export class InvestorsApiModule {}
