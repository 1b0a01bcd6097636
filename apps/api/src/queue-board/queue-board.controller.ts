import { All, Controller, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/access.decorators';
import { QUEUE_BOARD_PATH, QueueBoardRouter } from './queue-board-router';

/**
 * The queue board for admins. A controller rather than a mounted plugin, so that the global
 * guards hold here as everywhere: no session 401, another role 403, and the board's own writes
 * (retry, clean, pause) carry the CSRF token — its HTTP client sends the XSRF-TOKEN cookie back as
 * X-XSRF-TOKEN, as the web app does.
 *
 * bull-board serves itself as an Express router; it gets the request's Node objects, with the
 * headers this app set so far (helmet's among them) and the body Fastify has already read.
 */
@ApiExcludeController()
@Roles('admin')
@Controller({ path: 'admin/queues' })
export class QueueBoardController {
  constructor(private readonly board: QueueBoardRouter) {}

  @All(['', '*'])
  serve(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    // Job data and queue state are live operational data: never kept by a browser or proxy.
    reply.header('Cache-Control', 'no-store');
    const { raw } = request;
    const res = reply.raw;
    reply.hijack();
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) res.setHeader(name, value);
    }
    // body-parser skips a request marked as read (`_body`) and keeps its `body`.
    Object.assign(raw, { body: request.body, _body: true });
    // The board routes relative to its base path, as if it were mounted there.
    const rest = request.url.slice(QUEUE_BOARD_PATH.length);
    raw.url = rest.startsWith('/') ? rest : `/${rest}`;
    this.board.handler(raw, res, (error?: unknown) => {
      res.statusCode = error ? 500 : 404;
      res.end();
    });
  }
}
