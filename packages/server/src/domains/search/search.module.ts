import { Module } from '@nestjs/common';
import { SearchService } from './search.service';

/** The toolbar search over startups, mentors, investors and cohorts. Needs CoreModule. */
@Module({ providers: [SearchService], exports: [SearchService] })
export class SearchModule {}
