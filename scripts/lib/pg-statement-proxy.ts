import net from "node:net";

// The statements a whole server sends, counted on the wire: a TCP proxy in front of PostgreSQL that reads the
// frontend protocol (https://www.postgresql.org/docs/current/protocol-message-formats.html). A simple Query ('Q')
// or an Execute ('E') of the extended protocol is one statement each — what countSqlStatements counts in process
// (one node-postgres `query` call), but for a server in another process, where pg_stat_statements is not loaded.

/** Startup-phase requests after which the client sends another untyped startup message. */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const STATEMENT_MESSAGES = new Set(["Q".charCodeAt(0), "E".charCodeAt(0)]);

export interface StatementProxy {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  databaseUrl: string;
  /** Statements sent through the proxy since it started or was last reset. */
  statements(): number;
  reset(): void;
  stop(): Promise<void>;
}

/** Reads one connection's frontend stream and calls `onStatement` for each statement message. */
function frontendReader(onStatement: () => void) {
  let buffered: Buffer = Buffer.alloc(0);
  let inStartup = true;
  return (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    let offset = 0;
    for (;;) {
      const headerBytes = inStartup ? 8 : 5;
      if (buffered.length - offset < headerBytes) break;
      const length = inStartup ? buffered.readInt32BE(offset) : buffered.readInt32BE(offset + 1) + 1;
      if (buffered.length - offset < length) break;
      if (inStartup) {
        const code = buffered.readInt32BE(offset + 4);
        inStartup = code === SSL_REQUEST || code === GSSENC_REQUEST;
      } else if (STATEMENT_MESSAGES.has(buffered[offset]!)) {
        onStatement();
      }
      offset += length;
    }
    buffered = buffered.subarray(offset);
  };
}

export async function startStatementProxy(databaseUrl: string): Promise<StatementProxy> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => (socket === client ? upstream : client).destroy());
    }
    const read = frontendReader(() => statements++);
    client.on("data", read);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(address.port);
  return {
    databaseUrl: proxied.toString(),
    statements: () => statements,
    reset: () => void (statements = 0),
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
