import { Injectable } from '@nestjs/common';

/**
 * Whether this API should still be sent new requests. Graceful shutdown calls `markShuttingDown()`
 * first, so that the readiness probe fails and the load balancer stops routing here while the
 * requests in flight finish.
 */
@Injectable()
export class Readiness {
  private shuttingDown = false;

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }
}
