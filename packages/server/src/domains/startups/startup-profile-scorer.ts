import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { profileCompleteness } from './profile-score';
import { StartupEntity } from './startup.entity';
import { scoreProfile } from './startup-rows';

export type ScoreOutcome = 'scored' | 'skipped';

/** Handler of `startup.score-profile`: computes a startup's profile completeness for one revision. */
@Injectable()
export class StartupProfileScorer {
  constructor(private readonly dataSource: DataSource) {}

  async handle({
    startupId,
    revision,
  }: JobPayloads['startup.score-profile']): Promise<ScoreOutcome> {
    const startup = await this.dataSource.getRepository(StartupEntity).findOneBy({ id: startupId });
    if (!startup || startup.revision !== revision || startup.scoredRevision === revision) {
      return 'skipped';
    }
    const score = profileCompleteness(startup);
    // One guarded statement: a duplicate job, or one overtaken by a newer edit, changes nothing.
    // Raw SQL on purpose: TypeORM's update would bump updated_at, which is for edits by people.
    const scored = await scoreProfile.run(this.dataSource, [startupId, revision, score]);
    return scored > 0 ? 'scored' : 'skipped';
  }
}
