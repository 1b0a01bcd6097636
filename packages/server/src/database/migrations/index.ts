import { InitialSchema1795855110375 } from './1795855110375-InitialSchema';

/** Every migration in the order it runs. Generated, reviewed, never edited after it lands. */
export const MIGRATIONS = [InitialSchema1795855110375];
