import { Module } from '@nestjs/common';
import { LinkGate } from './link-gate';
import { LinkLimiter } from './link-limiter';
import { LinkTokens } from './link-tokens';

/** Tokens of links sent by email, their rate limits and the gate of the public endpoints. Needs CoreModule. */
@Module({
  providers: [LinkTokens, LinkLimiter, LinkGate],
  exports: [LinkTokens, LinkLimiter, LinkGate],
})
export class LinksModule {}
