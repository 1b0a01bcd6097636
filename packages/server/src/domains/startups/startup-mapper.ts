import type { Startup, StartupInput } from '@kohorte/contracts';
import type { StartupEntity } from './startup.entity';

/** The fields a person edits, in one list: the service copies exactly these from a request. */
export const EDITABLE_FIELDS = [
  'name',
  'oneLiner',
  'description',
  'website',
  'foundedOn',
  'stage',
  'sectors',
  'teamSize',
  'city',
  'fundingRaisedEur',
  'fundingSoughtEur',
  'languages',
  'topics',
  'tags',
] as const satisfies readonly (keyof StartupInput)[];

export function toStartup(entity: StartupEntity): Startup {
  return {
    id: entity.id,
    name: entity.name,
    oneLiner: entity.oneLiner,
    description: entity.description,
    website: entity.website,
    foundedOn: entity.foundedOn,
    stage: entity.stage,
    sectors: entity.sectors,
    teamSize: entity.teamSize,
    city: entity.city,
    fundingRaisedEur: entity.fundingRaisedEur,
    fundingSoughtEur: entity.fundingSoughtEur,
    languages: entity.languages,
    topics: entity.topics,
    tags: entity.tags,
    status: entity.status,
    profileCompleteness: entity.profileCompleteness,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
