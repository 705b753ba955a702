import { Client } from "pg";

// The outbox's trigger NOTIFYs "email_outbox" with the id of every email due at commit. A
// LISTEN lives and dies with its connection: after a database restart, a failover or a
// terminated backend, nothing is heard again until a new connection LISTENs. So a dropped
// connection is replaced at once, then with growing waits while the database stays down, and
// the caller catches up on whatever was notified while nobody listened.

const OUTBOX_CHANNEL = "email_outbox";
/** How the connection shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "fieldnotes-email-listener";
const MAX_RECONNECT_DELAY_MS = 30_000;

interface OutboxListenerOptions {
  databaseUrl: string;
  onEmail: (id: string) => void;
  /** Runs after a lost connection is replaced; resolves before the listener reports it is back. */
  onReconnected: () => Promise<void>;
  log: (message: string) => void;
}

export async function listenForOutboxEmails(options: OutboxListenerOptions): Promise<{ stop(): Promise<void> }> {
  let current: Client | null = null;
  let stopped = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  async function connect() {
    const client = new Client({ connectionString: options.databaseUrl, application_name: LISTENER_APPLICATION_NAME });
    client.on("notification", (message) => {
      if (message.channel === OUTBOX_CHANNEL && message.payload) options.onEmail(message.payload);
    });
    // Without a listener an "error" event would crash the process; the "end" that follows reconnects.
    client.on("error", (error) => options.log(`listener connection error: ${error.message}`));
    client.once("end", () => {
      if (current !== client) return;
      current = null;
      reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (stopped) return void (await client.end());
    current = client;
  }

  function reconnectLater() {
    if (stopped) return;
    const delay = failures === 0 ? 0 : Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** (failures - 1));
    retryTimer = setTimeout(async () => {
      try {
        await connect();
      } catch (error) {
        failures += 1;
        options.log(`listener could not reconnect (${(error as Error).message}); trying again`);
        return reconnectLater();
      }
      failures = 0;
      await options.onReconnected().catch((error: Error) => options.log(`catching up failed: ${error.message}`));
      options.log("listening again after a lost connection");
    }, delay);
  }

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const client = current;
      current = null;
      await client?.end();
    },
  };
}
