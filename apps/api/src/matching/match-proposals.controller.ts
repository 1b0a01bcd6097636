import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { MatchProposal, ProposalAlternative, User } from '@kohorte/contracts';
import { MatchProposalsService } from '@kohorte/server/matching';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { SwapProposalDto } from './matching.dto';
import { MatchProposalDto, ProposalAlternativeDto } from './matching.response';

/** Decisions on one proposal of a finished run; each writes the startup's and partner's timelines. */
@ApiTags('matching')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@ApiNotFoundResponse({ type: ApiErrorBodyDto, description: 'no such proposal' })
@ApiConflictResponse({
  type: ApiErrorBodyDto,
  description: 'the run is not done, or the proposal is decided already (`status`)',
})
@Controller({ path: 'match-proposals/:id', version: '1' })
export class MatchProposalsController {
  constructor(private readonly proposals: MatchProposalsService) {}

  @Post('reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MatchProposalDto, description: 'rejected; later runs leave the pair out' })
  reject(@UuidParam() id: string, @CurrentUser() user: User): Promise<MatchProposal> {
    return this.proposals.reject(id, user.id);
  }

  @Post('pin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MatchProposalDto, description: 'pinned; later runs keep the pair' })
  pin(@UuidParam() id: string, @CurrentUser() user: User): Promise<MatchProposal> {
    return this.proposals.pin(id, user.id);
  }

  @Get('alternatives')
  @ApiOkResponse({
    type: [ProposalAlternativeDto],
    description: 'next-best partners with a free place, best first',
  })
  alternatives(@UuidParam() id: string): Promise<ProposalAlternative[]> {
    return this.proposals.alternatives(id);
  }

  @Post('swap')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MatchProposalDto, description: 'the new proposal; the old one withdrawn' })
  @ApiBadRequestResponse({
    type: ApiErrorBodyDto,
    description: '`mentorId` or `investorId` missing',
  })
  swap(
    @UuidParam() id: string,
    @Body() dto: SwapProposalDto,
    @CurrentUser() user: User,
  ): Promise<MatchProposal> {
    return this.proposals.swap(id, dto, user.id);
  }
}
