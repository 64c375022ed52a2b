import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPostgresLocker, type TPostgresLocker } from "@/lib/server/files/create-postgres-locker";

// The tus locker shared by app replicas, against the real PostgreSQL: each locker stands for
// one process (its own connection), as two replicas behind the proxy would have.
const url = inject("databaseUrl");
const lockers: TPostgresLocker[] = [];
const newLocker = (acquireLockTimeoutMs?: number) => {
  const locker = createPostgresLocker({ connectionString: url, acquireLockTimeoutMs });
  lockers.push(locker);
  return locker;
};
const admin = new pg.Client({ connectionString: url });
const ready = admin.connect();

afterAll(async () => {
  await Promise.all(lockers.map((locker) => locker.close()));
  await admin.end();
});

// A lock taken for one request, with a promise that settles when it is asked to let go.
async function take(locker: TPostgresLocker, id: string, signal = new AbortController().signal) {
  let asked!: () => void;
  const releaseAsked = new Promise<void>((resolve) => (asked = resolve));
  const lock = locker.newLock(id);
  await lock.lock(signal, () => asked());
  return { lock, releaseAsked };
}

// The backends that hold the advisory lock of this upload id.
async function holders(id: string): Promise<number[]> {
  await ready;
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT l.pid FROM pg_locks l, (SELECT hashtextextended('kitab-tus:' || $1::text, 0) AS k) key
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND ((l.classid::bigint << 32) | l.objid::bigint) = key.k`,
    [id],
  );
  return rows.map((row) => row.pid);
}

describe("the PostgreSQL tus locker", () => {
  it("makes a second process wait until the first unlocks, and asks the first to let go", async () => {
    const [a, b] = [newLocker(), newLocker()];
    const id = `file-${randomUUID()}`;
    const first = await take(a, id);
    let secondHasIt = false;
    const second = take(b, id).then((taken) => ((secondHasIt = true), taken));

    await first.releaseAsked; // B's request reached A's holder through LISTEN/NOTIFY
    expect(secondHasIt).toBe(false);
    expect(await holders(id)).toHaveLength(1);

    await first.lock.unlock();
    const taken = await second;
    expect(secondHasIt).toBe(true);
    expect(await holders(id)).toHaveLength(1);
    await taken.lock.unlock();
    expect(await holders(id)).toHaveLength(0);
  });

  it("keeps two requests of one process apart too (advisory locks are re-entrant per session)", async () => {
    const a = newLocker();
    const id = `file-${randomUUID()}`;
    const first = await take(a, id);
    let secondHasIt = false;
    const second = take(a, id).then((taken) => ((secondHasIt = true), taken));
    await first.releaseAsked;
    expect(secondHasIt).toBe(false);
    await first.lock.unlock();
    await (await second).lock.unlock();
    expect(await holders(id)).toHaveLength(0);
  });

  it("does not make different uploads wait for each other", async () => {
    const [a, b] = [newLocker(), newLocker(200)];
    const [x, y] = [`file-${randomUUID()}`, `file-${randomUUID()}`];
    const first = await take(a, x);
    const second = await take(b, y); // a 200 ms timeout: it must not wait at all
    expect(await holders(x)).toHaveLength(1);
    expect(await holders(y)).toHaveLength(1);
    await Promise.all([first.lock.unlock(), second.lock.unlock()]);
  });

  it("gives up with tus's lock timeout, or when the request stops", async () => {
    const [a, b] = [newLocker(), newLocker(300)];
    const id = `file-${randomUUID()}`;
    const first = await take(a, id);
    await expect(take(b, id)).rejects.toMatchObject({ status_code: 500, body: "failed to acquire lock before timeout" });

    const stop = new AbortController();
    const stopped = take(newLocker(), id, stop.signal);
    stop.abort();
    await expect(stopped).rejects.toMatchObject({ body: "failed to acquire lock before timeout" });
    await first.lock.unlock();
  });

  it("frees a lock whose connection dies, tells its holder, and reconnects", async () => {
    const [a, b] = [newLocker(), newLocker()];
    const id = `file-${randomUUID()}`;
    const first = await take(a, id);
    const [pid] = await holders(id);
    expect(pid).toBeTypeOf("number");

    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await first.releaseAsked; // the holder learns that it is no longer protected
    const second = await take(b, id);
    expect(await holders(id)).not.toContain(pid);
    await first.lock.unlock(); // already gone with its connection: nothing to do, no error

    const again = await take(a, `file-${randomUUID()}`); // A has a new connection
    await Promise.all([again.lock.unlock(), second.lock.unlock()]);
  });

  it("refuses to unlock a lock that was never taken", async () => {
    await expect(newLocker().newLock(`file-${randomUUID()}`).unlock()).rejects.toThrow("Releasing an unlocked lock!");
  });
});
