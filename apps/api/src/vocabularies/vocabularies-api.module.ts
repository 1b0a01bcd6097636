import { Module } from '@nestjs/common';
import { InvestorsModule, VocabulariesModule } from '@kohorte/server';
import { VocabulariesController } from './vocabularies.controller';

@Module({ imports: [VocabulariesModule, InvestorsModule], controllers: [VocabulariesController] })
export class VocabulariesApiModule {}
