import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  AssignmentPreview,
  Ranking,
  Reviewer,
  Rubric,
  SendInvitationsResult,
  User,
} from '@kohorte/contracts';
import { RankingService, ReviewAssignmentService, ReviewersService } from '@kohorte/server/reviews';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorBodyDto } from '../http/api-error-body.dto';
import { UuidParam } from '../http/uuid-param';
import { MoveInRankingDto, ReviewerInputDto, RubricInputDto, SetPinDto } from './review-input.dto';
import { AuditRead } from '../audit/audited.decorator';

/**
 * The reviews of a call, for staff: reviewers, the rubric, the assignment (preview, pins, send),
 * and the calibrated ranking the committee orders. Every signed-in role reads; admins and
 * managers write.
 */
@ApiTags('reviews')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBodyDto, description: 'not signed in' })
@ApiForbiddenResponse({
  type: ApiErrorBodyDto,
  description: 'role may not write, or CSRF token invalid',
})
@Controller({ version: '1' })
export class ReviewsController {
  constructor(
    private readonly reviewers: ReviewersService,
    private readonly assignment: ReviewAssignmentService,
    private readonly rankings: RankingService,
  ) {}

  @Get('calls/:id/reviewers')
  @AuditRead('call-reviewers')
  @ApiOkResponse({ description: 'Reviewer[] with their progress' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  list(@UuidParam() id: string): Promise<Reviewer[]> {
    return this.reviewers.list(id);
  }

  @Post('calls/:id/reviewers')
  @ApiCreatedResponse({ description: 'Reviewer' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid fields; nothing saved' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'the email reviews this call already',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  add(
    @UuidParam() id: string,
    @Body() dto: ReviewerInputDto,
    @CurrentUser() user: User,
  ): Promise<Reviewer> {
    return this.reviewers.add(id, dto, user.id);
  }

  @Put('reviewers/:id')
  @ApiOkResponse({ description: 'Reviewer' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid fields; nothing saved' })
  @ApiConflictResponse({ type: ApiErrorBodyDto })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  update(
    @UuidParam() id: string,
    @Body() dto: ReviewerInputDto,
    @CurrentUser() user: User,
  ): Promise<Reviewer> {
    return this.reviewers.update(id, dto, user.id);
  }

  /** Removes a reviewer and their open reviews; 409 once they submitted one. */
  @Delete('reviewers/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'removed' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'a review was submitted' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  async remove(@UuidParam() id: string): Promise<void> {
    await this.reviewers.remove(id);
  }

  @Get('calls/:id/rubric')
  @ApiOkResponse({ description: 'Rubric (no criteria until set)' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  rubric(@UuidParam() id: string): Promise<Rubric> {
    return this.reviewers.rubric(id);
  }

  @Put('calls/:id/rubric')
  @ApiOkResponse({ description: 'Rubric' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'invalid fields; nothing saved' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  putRubric(
    @UuidParam() id: string,
    @Body() dto: RubricInputDto,
    @CurrentUser() user: User,
  ): Promise<Rubric> {
    return this.reviewers.putRubric(id, dto, user.id);
  }

  /** The proposed assignment for the eligible applications, with why each pair fits. */
  @Get('calls/:id/assignment')
  @ApiOkResponse({ description: 'AssignmentPreview' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  preview(@UuidParam() id: string): Promise<AssignmentPreview> {
    return this.assignment.preview(id);
  }

  /** Pins a pair (always), excludes it (never) or frees it; answers the new preview. */
  @Put('calls/:id/review-pins')
  @ApiOkResponse({ description: 'AssignmentPreview' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'unknown ids, or a conflict' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  pin(@UuidParam() id: string, @Body() dto: SetPinDto): Promise<AssignmentPreview> {
    return this.assignment.setPin(id, dto);
  }

  /** Sends the proposed assignment: new reviews, one email with a link per reviewer. */
  @Post('calls/:id/review-invitations')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'SendInvitationsResult' })
  @ApiConflictResponse({
    type: ApiErrorBodyDto,
    description: 'no rubric, or no assignment possible',
  })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  send(@UuidParam() id: string, @CurrentUser() user: User): Promise<SendInvitationsResult> {
    return this.assignment.send(id, user.id);
  }

  @Get('calls/:id/ranking')
  @ApiOkResponse({ description: 'Ranking' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  ranking(@UuidParam() id: string): Promise<Ranking> {
    return this.rankings.ranking(id);
  }

  /** The committee moves an application in the ranking, saying why (on its timeline). */
  @Post('calls/:id/ranking/moves')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Ranking' })
  @ApiBadRequestResponse({ type: ApiErrorBodyDto, description: 'position or reason invalid' })
  @ApiConflictResponse({ type: ApiErrorBodyDto, description: 'no rubric' })
  @ApiNotFoundResponse({ type: ApiErrorBodyDto })
  move(
    @UuidParam() id: string,
    @Body() dto: MoveInRankingDto,
    @CurrentUser() user: User,
  ): Promise<Ranking> {
    return this.rankings.move(id, dto, user.id);
  }
}
