import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A delivery the sink turned away, as an SMTP reply code (4xx: try later, 5xx: permanent). */
export type Rejection = 451 | 550;

/**
 * A real SMTP server on a free local port for the tests: keeps every message it accepted,
 * parsed with mailparser, and can turn the next deliveries away or leave them unanswered.
 */
export class MailSink {
  readonly received: ParsedMail[] = [];
  /** Every connection, accepted or not: "nothing reached the network" is `connections === 0`. */
  connections = 0;
  /** Messages that arrived in full but were never answered (see `hold()`): not delivered. */
  readonly held: ParsedMail[] = [];
  private holding = false;
  private readonly rejections: Rejection[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, callback) => {
      this.connections += 1;
      callback();
    },
    onData: (stream, _session, callback) => {
      const rejection = this.rejections.shift();
      simpleParser(stream)
        .then((parsed) => {
          // No reply at all: the sender waits for the 250 that would make the message delivered.
          if (this.holding) {
            this.held.push(parsed);
            return;
          }
          if (rejection) {
            const error = new Error(rejection === 451 ? 'Try again later' : 'No such mailbox');
            callback(Object.assign(error, { responseCode: rejection }));
            return;
          }
          this.received.push(parsed);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Turns the next deliveries away with these codes, one each. */
  reject(...codes: Rejection[]): void {
    this.rejections.push(...codes);
  }

  /**
   * From now on every message is read to its end and never answered, so the sender hangs in the
   * middle of its send (until its socket timeout or its death).
   */
  hold(): void {
    this.holding = true;
  }

  /** The messages sent to one address. */
  to(address: string): ParsedMail[] {
    return this.received.filter((mail) =>
      [mail.to ?? []].flat().some((to) => to.value.some((a) => a.address === address)),
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
