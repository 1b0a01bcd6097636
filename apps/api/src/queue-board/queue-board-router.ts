import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the board is served; the controller's path with the global prefix. */
export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** A handler on Node's request and response (an Express app is one). */
type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The BullMQ board (bull-board) over every queue of QUEUES, as an Express app. */
@Injectable()
export class QueueBoardRouter implements OnModuleInit {
  private router: NodeHandler | undefined;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: Object.values(QUEUES).map(
        (name) =>
          new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter,
    });
    this.router = serverAdapter.getRouter() as NodeHandler;
  }

  get handler(): NodeHandler {
    if (!this.router) throw new Error('QueueBoardRouter used before module init');
    return this.router;
  }
}
