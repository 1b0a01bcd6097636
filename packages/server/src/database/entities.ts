import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { StartupEntity } from '../startups/startup.entity';
import { VocabularyTermEntity } from '../vocabularies/vocabulary-term.entity';

/** Every entity, registered explicitly (no globs: they break under bundlers and ESM tests). */
export const ENTITIES = [UserEntity, SessionEntity, VocabularyTermEntity, StartupEntity];
