import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { logConnectionErrors } from './connection-errors';

/** Puts every registered queue's connection errors in the log, few and readable (connection-errors.ts). */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      logConnectionErrors(queue, `Queue ${name}`, (message) => this.logger.warn(message));
    }
  }
}
