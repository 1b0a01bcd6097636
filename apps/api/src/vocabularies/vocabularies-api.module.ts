import { Module } from '@nestjs/common';
import { InvestorsModule } from '@kohorte/server/investors';
import { VocabulariesModule } from '@kohorte/server/vocabularies';
import { VocabulariesController } from './vocabularies.controller';

@Module({ imports: [VocabulariesModule, InvestorsModule], controllers: [VocabulariesController] })
export class VocabulariesApiModule {}
