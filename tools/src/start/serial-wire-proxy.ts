import { createServer, type Server, type Socket, connect } from 'node:net';

/** A TCP proxy in front of the embedded database; clients connect to `port` on 127.0.0.1. */
export interface SerialWireProxy {
  port: number;
  close(): Promise<void>;
}

/** The PostgreSQL backend's "ready for query" message: type `Z`, length 5, transaction status. */
const READY_FOR_QUERY = 0x5a;
/** Transaction status `I`: idle, outside any transaction. */
const IDLE = 0x49;
/** The SSLRequest code: the server answers it with one byte, not with a message. */
const SSL_REQUEST_CODE = 80877103;

/** A queue of turns: one connection talks to the database at a time. */
class Turns {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when it is the caller's turn, with the function that ends it. */
  take(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const turn = this.tail.then(() => end);
    this.tail = this.tail.then(() => ended);
    return turn;
  }
}

/**
 * Serves the embedded database to several connections one exchange at a time.
 *
 * PGlite is a single session; its socket server multiplexes connections message by message. A
 * parameterised query is several messages (Parse, Bind, Describe, Execute, Sync), so another
 * connection's messages can land between them, and PostgreSQL then answers "portal does not
 * exist" or "unnamed prepared statement does not exist" (seen as 500s when the web app's
 * polling met a job's queries). This proxy gives a connection the database from the first byte
 * it sends until the database says it is idle again (ReadyForQuery with status `I`), so a
 * query's messages, and a transaction's queries, are never interleaved with another's. The other
 * connections' bytes wait in their sockets meanwhile.
 */
export async function startSerialWireProxy(upstream: {
  host: string;
  port: number;
}): Promise<SerialWireProxy> {
  const turns = new Turns();
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => serve(client));

  function serve(client: Socket): void {
    const database = connect(upstream.port, upstream.host);
    sockets.add(client).add(database);
    let endTurn: (() => void) | null = null;
    let waiting = false;
    const pending: Buffer[] = [];
    let first = true;
    // An SSLRequest is answered with a single byte, not a message: no turn for it.
    let expectSslAnswer = false;
    let inbound: Buffer = Buffer.alloc(0);

    const release = () => {
      endTurn?.();
      endTurn = null;
    };
    const closeBoth = () => {
      release();
      client.destroy();
      database.destroy();
      sockets.delete(client);
      sockets.delete(database);
    };

    const forward = async () => {
      if (endTurn || waiting) return;
      waiting = true;
      const end = await turns.take();
      waiting = false;
      if (client.destroyed) {
        end();
        return;
      }
      endTurn = end;
      database.write(Buffer.concat(pending.splice(0)));
    };

    client.on('data', (chunk: Buffer) => {
      if (first) {
        first = false;
        if (chunk.length >= 8 && chunk.readInt32BE(4) === SSL_REQUEST_CODE) {
          expectSslAnswer = true;
          database.write(chunk);
          return;
        }
      }
      if (endTurn) {
        // Its turn already: the rest of the same exchange (e.g. a password message).
        database.write(chunk);
        return;
      }
      pending.push(chunk);
      void forward();
    });

    database.on('data', (chunk: Buffer) => {
      client.write(chunk);
      if (expectSslAnswer) {
        expectSslAnswer = false;
        chunk = chunk.subarray(1);
      }
      // Find the end of the exchange: ReadyForQuery with status idle.
      inbound = inbound.length > 0 ? Buffer.concat([inbound, chunk]) : chunk;
      let offset = 0;
      while (inbound.length - offset >= 5) {
        const length = inbound.readInt32BE(offset + 1);
        if (inbound.length - offset < 1 + length) break;
        if (inbound[offset] === READY_FOR_QUERY && inbound[offset + 5] === IDLE) release();
        offset += 1 + length;
      }
      inbound = inbound.subarray(offset);
      // A client that sent more while its answer was coming gets its next turn now.
      if (!endTurn && pending.length > 0) void forward();
    });

    client.on('close', closeBoth);
    database.on('close', closeBoth);
    client.on('error', closeBoth);
    database.on('error', closeBoth);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
