// `npm run bench:upload [-- --mib 512]`: the same file uploaded through Kitab (tus, as
// browsers do) and put directly into the same S3 server, in one run; prints both
// throughputs and their ratio (target ≥ 0.8). Uses S3_ENDPOINT / DATABASE_URL when set,
// otherwise starts a throw-away Ceph RGW and an embedded PostgreSQL.
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import * as Minio from "minio";
import { createDb } from "@/lib/server/database/create-db";
import { seedReferenceData } from "@/lib/server/seed/seed-reference-data";
import { makeTestDir } from "../tests/support/make-test-dir";
import { descendantCpuSeconds, descendantRss } from "../tests/support/process-memory";
import { startTestDatabase } from "../tests/support/start-test-database";
import { startTestS3 } from "../tests/support/start-test-s3";
import { tusUpload } from "../tests/support/tus-upload";
import { startUploadScenario, writePayload } from "../tests/support/upload-scenario";

const { values } = parseArgs({ options: { mib: { type: "string", default: "512" } } });
const mib = Number(values.mib);
const workDir = await makeTestDir("bench-upload");
const log = (message: string) => console.log(`[bench:upload] ${message}`);

log("starting S3 and PostgreSQL");
const [s3, database] = await Promise.all([startTestS3(workDir), startTestDatabase(workDir)]);
const db = createDb(database.url);
await seedReferenceData(db);
await db.$disconnect();
const scenario = await startUploadScenario({ databaseUrl: database.url, s3 });
try {
  const file = await writePayload(`${workDir}/payload.bin`, mib);
  const size = (await stat(file)).size;
  const url = new URL(s3.endpoint);
  const minio = new Minio.Client({ endPoint: url.hostname, port: Number(url.port), useSSL: false, accessKey: s3.accessKey, secretKey: s3.secretKey, pathStyle: true, region: s3.region });
  const rate = (ms: number) => size / 1024 / 1024 / (ms / 1000);

  log(`direct putObject of ${mib} MiB`);
  let started = performance.now();
  await minio.putObject(scenario.bucket, "bench/direct.bin", createReadStream(file), size);
  const direct = performance.now() - started;

  log(`upload of the same ${mib} MiB through Kitab (tus, one PATCH as Uppy sends it)`);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, descendantRss(scenario.app.pid, /server\.mjs/))), 200);
  const cpuBefore = descendantCpuSeconds(scenario.app.pid, /server\.mjs/);
  started = performance.now();
  const result = await tusUpload(createReadStream(file), {
    endpoint: `${scenario.baseUrl}/api/uploads`,
    cookie: scenario.session.cookie(),
    metadata: { resourceId: scenario.resourceId, filename: "bench.pdf" },
    size,
  });
  const throughApp = performance.now() - started;
  const appCpu = descendantCpuSeconds(scenario.app.pid, /server\.mjs/) - cpuBefore;
  clearInterval(sampler);
  if (!result.fileId) throw new Error("the upload finished without a file id");

  console.log("");
  console.log(`direct putObject:      ${rate(direct).toFixed(1)} MiB/s (${(direct / 1000).toFixed(1)} s)`);
  console.log(`through Kitab (tus):   ${rate(throughApp).toFixed(1)} MiB/s (${(throughApp / 1000).toFixed(1)} s, including hashing, type check and recording)`);
  console.log(`ratio Kitab / direct:  ${(direct / throughApp).toFixed(2)} (target >= 0.80)`);
  console.log(`app server peak RSS:   ${(peak / 1024 / 1024).toFixed(0)} MB`);
  console.log(`app server CPU:        ${appCpu.toFixed(1)} s during the upload (the machine has ${(await import("node:os")).availableParallelism()} cores, shared with S3 and this client)`);
} finally {
  await scenario.stop();
  await database.stop();
  await s3.stop();
  await rm(workDir, { recursive: true, force: true });
}
