import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for a test file: every email the app sends is read back from it. `start()`
 * points SMTP_URL at it, so start it before creating the app; `stop()` puts SMTP_URL back.
 */
export class SmtpSink {
  /** The messages accepted, in the order they arrived. */
  readonly received: ParsedMail[] = [];
  /** Messages read but then refused with a temporary error (451), see `refuseNext`. */
  readonly refused: ParsedMail[] = [];
  private refusals = 0;
  private previousUrl: string | undefined;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          if (this.refusals > 0) {
            this.refusals -= 1;
            this.refused.push(mail);
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            return;
          }
          this.received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.previousUrl = process.env.SMTP_URL;
    const { port } = this.server.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  }

  /** The next `count` messages are read and then refused with 451 "Try again later". */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.previousUrl === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = this.previousUrl;
  }
}
