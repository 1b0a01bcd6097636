import { Module } from '@nestjs/common';
import { VocabulariesModule } from '@kohorte/server';
import { VocabulariesController } from './vocabularies.controller';

@Module({ imports: [VocabulariesModule], controllers: [VocabulariesController] })
export class VocabulariesApiModule {}
