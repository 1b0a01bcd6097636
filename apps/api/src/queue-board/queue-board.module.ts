import { Module } from '@nestjs/common';
import { QueueBoardController } from './queue-board.controller';
import { QueueBoardRouter } from './queue-board-router';

/** The BullMQ queue board at /api/admin/queues, for admins only. */
@Module({ controllers: [QueueBoardController], providers: [QueueBoardRouter] })
export class QueueBoardModule {}
