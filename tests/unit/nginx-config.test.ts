import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nginxBinary, testNginxConfig, writeNginxConfig } from "../support/start-nginx";

// `nginx -t` on the shipped site templates (deploy/nginx), filled as the nginx image fills them.
const binary = nginxBinary();
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kitab-nginx-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe.skipIf(!binary)("the shipped nginx configuration (skipped: no nginx; apt-get install -y nginx-light)", () => {
  it("passes nginx -t over plain HTTP", async () => {
    const dir = await tempDir();
    const file = await writeNginxConfig({ dir, upstream: "127.0.0.1:3000", httpPort: 8080 });
    const result = testNginxConfig(binary!, dir, file);
    expect(result.output).toContain("test is successful");
    expect(result.ok).toBe(true);
  });

  it("passes nginx -t with TLS, given a certificate", async () => {
    const dir = await tempDir();
    const certDir = path.join(dir, "certs");
    await mkdir(certDir);
    const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", `${certDir}/privkey.pem`, "-out", `${certDir}/fullchain.pem`], { encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    const file = await writeNginxConfig({ dir, upstream: "127.0.0.1:3000", httpPort: 8080, httpsPort: 8443, site: "kitab-tls", certDir });
    const result = testNginxConfig(binary!, dir, file);
    expect(result.output).toContain("test is successful");
    expect(result.ok).toBe(true);
  });
});
