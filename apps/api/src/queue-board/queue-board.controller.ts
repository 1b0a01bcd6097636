import { All, Controller, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { QUEUE_BOARD_PATH, QueueBoardRouter } from './queue-board-router';

/**
 * The queue board for admins. A controller rather than a mounted middleware, so that the global
 * guards hold here as everywhere: no session 401, another role 403, and the board's own writes
 * (retry, clean, pause) carry the CSRF token — its HTTP client sends the XSRF-TOKEN cookie back as
 * X-XSRF-TOKEN, as the web app does.
 */
@ApiExcludeController()
@Roles('admin')
@Controller({ path: 'admin/queues' })
export class QueueBoardController {
  constructor(private readonly board: QueueBoardRouter) {}

  @All(['', '{*path}'])
  serve(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    // Job data and queue state are live operational data: never kept by a browser or proxy.
    res.setHeader('Cache-Control', 'no-store');
    // The board routes relative to its base path, as if it were mounted there.
    const rest = req.originalUrl.slice(QUEUE_BOARD_PATH.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    this.board.handler(req, res, next);
  }
}
