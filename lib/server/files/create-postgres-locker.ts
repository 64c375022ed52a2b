import "server-only";
import { ERRORS, type Lock, type Locker, type RequestRelease } from "@tus/server";
import pg from "pg";

// tus's lock on an upload, shared by every process on one PostgreSQL (several app replicas):
// a session-level advisory lock on a hash of the upload id. @tus/server's MemoryLocker only
// sees its own process, so a client retrying a PATCH on another replica while the first is
// still writing would write the same upload twice at once.
//
// One connection per process holds all of its locks (and LISTENs), rather than a client per
// lock: a PATCH holds its lock for its whole body (Uppy sends a file in one PATCH), so a
// client per lock would cap concurrent uploads at the pool size and use a server connection
// for each. Advisory locks are re-entrant within a session, so the map `held` is what keeps
// two requests of this process apart; PostgreSQL keeps the processes apart.
//
// A lock dies with its connection: PostgreSQL frees the locks of a process that is killed (the
// keepalive settings below also free those of a machine that vanishes, within about a
// minute). When this process's connection is lost, the holders are asked to let go, since
// another process may now take their lock.

export type TPostgresLocker = Locker & { close(): Promise<void> };
type TOptions = { connectionString: string; acquireLockTimeoutMs?: number; channel?: string };
type THeld = { requestRelease: RequestRelease | null; session: pg.Client };

const KEY = "hashtextextended('kitab-tus:' || $1::text, 0)";
const MIN_WAIT_MS = 10;
const MAX_WAIT_MS = 500;

export function createPostgresLocker(options: TOptions): TPostgresLocker {
  const timeoutMs = options.acquireLockTimeoutMs ?? 30_000;
  const channel = options.channel ?? "kitab_tus_release";
  const held = new Map<string, THeld>();
  let session: Promise<pg.Client> | undefined;
  let current: pg.Client | undefined;
  let closed = false;
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);

  const lost = (client: pg.Client) => {
    if (current === client) {
      current = undefined;
      session = undefined;
    }
    for (const [id, entry] of held) {
      if (entry.session !== client) continue;
      held.delete(id);
      void entry.requestRelease?.();
    }
  };

  const connect = (): Promise<pg.Client> => {
    if (closed) return Promise.reject(new Error("the tus locker is closed"));
    session ??= (async () => {
      const client = new pg.Client({
        connectionString: options.connectionString,
        keepAlive: true,
        // The server notices a vanished peer in ~60 s instead of the system's two hours.
        options: "-c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3 -c application_name=kitab-tus-locker",
      });
      client.on("error", () => lost(client));
      client.on("end", () => lost(client));
      client.on("notification", (message) => {
        const entry = message.channel === channel && message.payload ? held.get(message.payload) : undefined;
        if (entry?.session === client) void entry.requestRelease?.();
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${channel}`);
        current = client;
        return client;
      } catch (error) {
        session = undefined;
        await client.end().catch(() => {});
        throw error;
      }
    })();
    return session;
  };

  // One attempt: true when taken. Otherwise the holder, here or in another process, is asked to
  // let go (as MemoryLocker does), and the caller tries again a little later.
  const attempt = async (id: string, requestRelease: RequestRelease): Promise<boolean> => {
    const local = held.get(id);
    if (local) {
      await local.requestRelease?.();
      return false;
    }
    let client: pg.Client;
    try {
      client = await connect();
    } catch {
      return false; // the database is away: keep trying until the timeout
    }
    if (held.has(id)) return false; // taken here while connecting
    const entry: THeld = { requestRelease: null, session: client };
    held.set(id, entry); // before the query, so a second request here waits instead of re-entering
    try {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${KEY}) AS locked`, [id]);
      if (rows[0]?.locked) {
        entry.requestRelease = requestRelease;
        return held.get(id) === entry; // false if the connection was lost meanwhile
      }
      held.delete(id);
      await client.query("SELECT pg_notify($1, $2)", [channel, id]);
    } catch {
      if (held.get(id) === entry) held.delete(id);
    }
    return false;
  };

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      }
      signal.addEventListener("abort", done, { once: true });
    });

  const newLock = (id: string): Lock => {
    let mine: THeld | undefined;
    return {
      async lock(stopSignal, requestRelease) {
        const deadline = Date.now() + timeoutMs;
        let wait = MIN_WAIT_MS;
        while (!stopSignal.aborted && Date.now() < deadline) {
          if (await attempt(id, requestRelease)) {
            mine = held.get(id);
            return;
          }
          await pause(Math.min(wait, Math.max(0, deadline - Date.now())), stopSignal);
          wait = Math.min(wait * 2, MAX_WAIT_MS);
        }
        throw ERRORS.ERR_LOCK_TIMEOUT;
      },
      async unlock() {
        const entry = held.get(id);
        if (!mine || entry !== mine) {
          // Lost with its connection (already free) or never taken.
          if (mine) return;
          throw new Error("Releasing an unlocked lock!");
        }
        mine = undefined;
        // Queued on the connection before any later attempt of this process, then forgotten.
        const released = entry.session.query(`SELECT pg_advisory_unlock(${KEY})`, [id]);
        held.delete(id);
        await released.catch(() => {}); // a lost connection has freed it already
      },
    };
  };

  return {
    newLock,
    async close() {
      closed = true;
      const client = await session?.catch(() => undefined);
      session = undefined;
      held.clear();
      await client?.end().catch(() => {});
    },
  };
}
