import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  MatchingRun,
  MatchingRunProposals,
  MatchingRunStarted,
  MatchProposal,
  User,
} from '@kohorte/contracts';
import { MatchingRunsService, MatchProposalsService } from '@kohorte/server/matching';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { ApproveProposalsDto, ListProposalsQueryDto, StartMatchingRunDto } from './matching.dto';
import {
  MatchingRunDto,
  MatchingRunProposalsDto,
  MatchingRunStartedDto,
  MatchProposalDto,
} from './matching.response';

/** Matching runs: started here (202, the worker runs them), watched, reviewed, discarded. */
@ApiTags('matching')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such cohort or run' })
@Controller({ version: '1' })
export class MatchingRunsController {
  constructor(
    private readonly runs: MatchingRunsService,
    private readonly proposals: MatchProposalsService,
  ) {}

  @Post('cohorts/:id/matching-runs')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: MatchingRunStartedDto, description: 'queued; poll the run' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid parameters' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'a run of this kind is queued or running for the cohort (`cohort`)',
  })
  @ApiServiceUnavailableResponse({ type: ApiErrorBodyDto, description: 'the job queue is down' })
  start(
    @UuidParam() id: string,
    @Body() dto: StartMatchingRunDto,
    @CurrentUser() user: User,
  ): Promise<MatchingRunStarted> {
    return this.runs.start(id, dto, user.id);
  }

  @Get('cohorts/:id/matching-runs')
  @ApiOkResponse({ type: [MatchingRunDto], description: 'newest first' })
  list(@UuidParam() id: string): Promise<MatchingRun[]> {
    return this.runs.list(id);
  }

  @Get('matching-runs/:id')
  @ApiOkResponse({ type: MatchingRunDto })
  get(@UuidParam() id: string): Promise<MatchingRun> {
    return this.runs.get(id);
  }

  @Get('matching-runs/:id/proposals')
  @ApiOkResponse({
    type: MatchingRunProposalsDto,
    description: 'per startup its proposals; per partner the load against capacity',
  })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto })
  listProposals(
    @UuidParam() id: string,
    @Query() query: ListProposalsQueryDto,
  ): Promise<MatchingRunProposals> {
    return this.proposals.list(id, query);
  }

  @Post('matching-runs/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: [MatchProposalDto], description: 'the proposals approved now' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: 'ids not in the run (`proposalIds.0`)',
  })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the run is not done (`status`), or a proposal is decided (`proposalIds.1`)',
  })
  approve(
    @UuidParam() id: string,
    @Body() dto: ApproveProposalsDto,
    @CurrentUser() user: User,
  ): Promise<MatchProposal[]> {
    return this.proposals.approve(id, dto.proposalIds, user.id);
  }

  @Post('matching-runs/:id/discard')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MatchingRunDto, description: 'discarded; open proposals withdrawn' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'discarded already (`status`)' })
  discard(@UuidParam() id: string, @CurrentUser() user: User): Promise<MatchingRun> {
    return this.runs.discard(id, user.id);
  }
}
