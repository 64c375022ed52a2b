import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDb } from "@/lib/server/database/create-db";
import { createTestResource, createTestUser } from "../../tests/support/factories";
import { HttpSession } from "../../tests/support/http-session";
import { tusUpload } from "../../tests/support/tus-upload";

export type TUploadLoad = { clients: number; completed: number; bytes: number; seconds: number; errors: number; errorSamples: string[]; latencies: number[] };
export type TUploaders = { run: (until: number) => Promise<TUploadLoad> };

// `clients` contributors, each signed in (the real next-auth flow) with a draft of their own;
// run() has each upload a `mib` MiB PDF in `chunkMib` MiB tus PATCHes, again and again until
// `until` (a Date.now() value; an upload under way then is finished). Every upload's bytes
// differ, so each one is stored as a new file rather than found to be a duplicate.
export async function benchLoadUploaders(options: { baseUrl: string; databaseUrl: string; clients: number; mib: number; chunkMib: number }): Promise<TUploaders> {
  const db = createDb(options.databaseUrl);
  const password = `bench-load-${randomBytes(6).toString("hex")}`;
  const passwordHash = await hashPassword(password);
  const clients: { session: HttpSession; resourceId: string }[] = [];
  try {
    // Spread over the libraries whose countries have institutions (the reference data may not list every country's).
    const countries = (await db.institution.findMany({ distinct: ["countryCode"], select: { countryCode: true }, orderBy: { countryCode: "asc" } })).map((i) => i.countryCode);
    for (let i = 0; i < options.clients; i++) {
      const country = countries[i % countries.length]!;
      const user = await createTestUser(db, { role: "CONTRIBUTOR", country, passwordHash });
      const resource = await createTestResource(db, { country, uploaderId: user.id, title: `Load benchmark draft ${i + 1}` });
      const session = new HttpSession(options.baseUrl);
      const signedIn = await session.signIn(user.email, password);
      if (signedIn.status >= 400 || !session.cookie()) throw new Error(`uploader ${i + 1} could not sign in (HTTP ${signedIn.status})`);
      clients.push({ session, resourceId: resource.id });
    }
  } finally {
    await db.$disconnect();
  }

  const run = async (until: number): Promise<TUploadLoad> => {
    const load: TUploadLoad = { clients: clients.length, completed: 0, bytes: 0, seconds: 0, errors: 0, errorSamples: [], latencies: [] };
    const started = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        const payload = randomBytes(options.mib * 1024 * 1024);
        Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n", "latin1").copy(payload);
        for (let n = 0; Date.now() < until; n++) {
          payload.writeUInt32LE(c, 64);
          payload.writeUInt32LE(n, 68);
          const t = performance.now();
          try {
            const result = await tusUpload(payload, {
              endpoint: `${options.baseUrl}/api/uploads`,
              cookie: client.session.cookie(),
              metadata: { resourceId: client.resourceId, filename: `load-${c}-${n}.pdf` },
              chunkSize: options.chunkMib * 1024 * 1024,
            });
            if (!result.fileId || result.duplicate) throw new Error(`upload ${c}/${n} finished without a new file (${JSON.stringify(result)})`);
            load.completed++;
            load.bytes += payload.length;
            load.latencies.push(performance.now() - t);
          } catch (error) {
            load.errors++;
            if (load.errorSamples.length < 5) load.errorSamples.push(error instanceof Error ? error.message.slice(0, 300) : String(error));
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
        }
      }),
    );
    load.seconds = (performance.now() - started) / 1000;
    load.latencies.sort((a, b) => a - b);
    return load;
  };
  return { run };
}
