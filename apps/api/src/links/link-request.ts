import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { LINK_AUTH_SCHEME } from '@kohorte/contracts';
import type { LinkCaller } from '@kohorte/server/founder-profile';
import type { FastifyRequest } from 'fastify';
import { headerValue } from '../http/header-value';

const SCHEME_PREFIX = `${LINK_AUTH_SCHEME.toLowerCase()} `;

/** The token of `Authorization: Link <token>`, or undefined when the header is missing or other. */
export function linkToken(request: FastifyRequest): string | undefined {
  const header = headerValue(request.headers, 'authorization');
  if (!header || !header.toLowerCase().startsWith(SCHEME_PREFIX)) return undefined;
  const token = header.slice(SCHEME_PREFIX.length).trim();
  return token === '' ? undefined : token;
}

/** The caller's address, as the rate limits count it (behind the trusted proxy: the client's). */
export function clientIp(request: FastifyRequest): string {
  return request.ip || (request.socket.remoteAddress ?? 'unknown');
}

/**
 * The link token and address of a request to a public link endpoint. The token travels in a
 * header, not the URL, so that it never lands in access logs of the API.
 */
export const LinkRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): LinkCaller => {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return { token: linkToken(request), ip: clientIp(request) };
  },
);
