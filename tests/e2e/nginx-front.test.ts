import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { HttpSession } from "../support/http-session";
import { launchApp, waitForHealthy, type TLaunchedApp } from "../support/launch-app";
import { makeTestDir } from "../support/make-test-dir";
import { nginxBinary, startNginx, type TNginx } from "../support/start-nginx";
import { tusUpload } from "../support/tus-upload";

// The shipped nginx front (deploy/nginx) in front of two app replicas on one database and one
// store, as docker-compose.yml runs them: pages, search, a tus upload whose chunks nginx
// spreads over both replicas, byte-exact downloads, and the client's address reaching the app.
const binary = nginxBinary();
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const MiB = 1024 * 1024;

// A GET from a given loopback address (127.0.0.0/8 is all local), as another client would.
function getFrom(localAddress: string, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { localAddress, headers: { accept: "application/json" } }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on("error", reject);
  });
}

describe.skipIf(!binary)("Kitab behind the shipped nginx configuration (skipped: no nginx; apt-get install -y nginx-light)", () => {
  const apps: TLaunchedApp[] = [];
  let nginx: TNginx;
  let dataDir = "";
  let nginxDir = "";
  let front = "";
  let owner: HttpSession;

  beforeAll(async () => {
    dataDir = await makeTestDir("nginx-front");
    nginxDir = await mkdtemp(path.join(os.tmpdir(), "kitab-nginx-front-"));
    const [port1, port2, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
    // nginx's port is known only once it starts; PUBLIC_URL must name it (CSRF origin check).
    const nginxPort = await freePort();
    front = `http://127.0.0.1:${nginxPort}`;
    const shared = { DATA_DIR: dataDir, PUBLIC_URL: front, TRUST_PROXY: "on", WORKER: "off", RATE_LIMIT_SEARCH_PER_MINUTE: "2" };
    apps.push(launchApp({ ...shared, PORT: String(port1), EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: "on" }));
    await waitForHealthy(apps[0]!, 300_000);
    const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
    const databaseUrl = `postgresql://kitab:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kitab`;
    apps.push(launchApp({ ...shared, PORT: String(port2), DATABASE_URL: databaseUrl, SEED_DEMO: "off" }));
    await waitForHealthy(apps[1]!, 300_000);
    nginx = await startNginx(binary!, { dir: nginxDir, upstream: [`127.0.0.1:${port1}`, `127.0.0.1:${port2}`], port: nginxPort });
    owner = new HttpSession(front);
    expect((await owner.signIn("contributor-uz@kitab.example", "kitab-demo-password")).status).toBe(302);
  });

  afterAll(async () => {
    if (process.env.KITAB_TEST_APP_LOG) for (const app of apps) console.log(app.output());
    await nginx?.stop();
    await Promise.all(apps.reverse().map((app) => app.stop()));
    await rm(nginxDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it("serves pages and the search API through the proxy", async () => {
    const home = await fetch(`${front}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Kitab");
    const search = await fetch(`${front}/api/v1/search?q=algebra`);
    expect(search.status).toBe(200);
    expect(await search.json()).toHaveProperty("items");
  });

  it("takes a 30 MB upload in 8 MB chunks over both replicas and serves it back byte for byte, with ranges", async () => {
    const created = await owner.request("/api/v1/resources", {
      method: "POST",
      headers: { "content-type": "application/json", origin: front },
      body: JSON.stringify({ library: "UZ", title: { "uz-Latn": "Proksi orqali yuklash" } }),
    });
    expect(created.status).toBe(201);
    const resourceId = ((await created.json()) as { id: string }).id;
    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n%âãÏÓ\n"), randomBytes(30 * MiB - 15)]);
    const result = await tusUpload(bytes, { endpoint: `${front}/api/uploads`, cookie: owner.cookie(), chunkSize: 8 * MiB, metadata: { resourceId, filename: "kitob.pdf" } });
    expect(result.fileId).toBeTruthy();
    // Four PATCHes, round-robin: each replica took part of the upload.
    let patches: string[] = [];
    for (let i = 0; i < 100 && patches.length < 4; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 20)); // nginx logs just after answering
      patches = (await nginx.accessLog()).split("\n").filter((line) => line.startsWith("PATCH /api/uploads/"));
    }
    expect(patches.map((line) => line.split(" ")[2])).toEqual(["204", "204", "204", "204"]);
    expect(new Set(patches.map((line) => line.split(" ")[3])).size, await nginx.accessLog()).toBe(2);

    const url = `${front}/api/v1/resources/${resourceId}/files/${result.fileId}/download`;
    const whole = await owner.request(url, { headers: { "accept-encoding": "gzip" } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-length")).toBe(String(bytes.length));
    expect(whole.headers.get("content-encoding")).toBeNull();
    // The SHA-256 the app recorded (read back: no one replica saw every chunk).
    expect(whole.headers.get("etag")).toContain(sha256(bytes));
    expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(sha256(bytes));

    const part = await owner.request(url, { headers: { range: "bytes=1000-1999", "accept-encoding": "gzip" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(part.headers.get("content-length")).toBe("1000");
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
  });

  it("counts the client's address, forwarded by nginx, not nginx's own", async () => {
    // Two searches a minute per address and replica: 127.0.0.2 runs out on both replicas...
    const statuses: number[] = [];
    for (let i = 0; i < 8 && !statuses.includes(429); i++) statuses.push(await getFrom("127.0.0.2", `${front}/api/v1/search?q=fizika`));
    expect(statuses).toContain(429);
    // ...while 127.0.0.3, behind the same nginx, still has its own allowance.
    expect(await getFrom("127.0.0.3", `${front}/api/v1/search?q=fizika`)).toBe(200);
    expect(await nginx.errors()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
