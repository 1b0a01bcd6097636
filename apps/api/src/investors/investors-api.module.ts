import { Module } from '@nestjs/common';
import { InvestorsModule } from '@kohorte/server/investors';
import { InvestorsController } from './investors.controller';

@Module({ imports: [InvestorsModule], controllers: [InvestorsController] })
export class InvestorsApiModule {}
