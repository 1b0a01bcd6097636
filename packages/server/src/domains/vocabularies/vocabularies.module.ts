import { Module } from '@nestjs/common';
import { VocabulariesService } from './vocabularies.service';
import { VocabularyEditsService } from './vocabulary-edits.service';

@Module({
  providers: [VocabulariesService, VocabularyEditsService],
  exports: [VocabulariesService, VocabularyEditsService],
})
export class VocabulariesModule {}
