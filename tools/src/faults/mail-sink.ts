import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free local port that keeps every message it accepted. */
export class MailSink {
  readonly received: ParsedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
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

  /**
   * How many different messages each recipient address got, told apart by their Message-ID. A
   * worker killed (or a database gone) after the SMTP server accepted a mail but before the outbox
   * row was marked sent sends it again: that copy carries the same Message-ID (the row's id), and
   * mail clients show it once. No outbox can close that window without the SMTP server's help
   * (mail-send-handler.ts), so a copy is counted apart (`copies`), not as a second mail.
   */
  countsByRecipient(): Map<string, number> {
    const messages = new Map<string, Set<string>>();
    for (const [index, mail] of this.received.entries()) {
      // Every mail Kohorte sends has one; without it each message counts on its own.
      const id = mail.messageId ?? `no-message-id-${index}`;
      for (const to of [mail.to ?? []].flat()) {
        for (const { address } of to.value) {
          if (!address) continue;
          const ids = messages.get(address) ?? new Set<string>();
          messages.set(address, ids.add(id));
        }
      }
    }
    return new Map([...messages].map(([address, ids]) => [address, ids.size]));
  }

  /** Messages received again with a Message-ID that had come before (see countsByRecipient). */
  copies(): number {
    const ids = this.received.map((mail) => mail.messageId).filter((id) => id !== undefined);
    return ids.length - new Set(ids).size;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
