import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv, ZEnv } from "@/lib/env";

// docker-compose.yml against what the app accepts: every variable a Kitab service passes is
// one lib/env.ts knows, the values compose would give validate, and no secret has a default.
const root = path.join(import.meta.dirname, "../..");
const text = readFileSync(path.join(root, "docker-compose.yml"), "utf8");
const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
// js-yaml comes with ESLint (not a dependency of Kitab's own); it has no bundled types.
const { load } = createRequire(import.meta.url)("js-yaml") as { load: (source: string) => unknown };

type TService = { build?: { target?: string }; environment?: Record<string, string | number | boolean>; ports?: string[]; volumes?: string[]; image?: string };
const compose = load(text) as { services: Record<string, TService> };
const services = compose.services;
const KITAB_SERVICES = ["migrate", "app", "worker"];
const SECRETS = ["POSTGRES_PASSWORD", "S3_ACCESS_KEY", "S3_SECRET_KEY", "AUTH_SECRET"];
const known = new Set(Object.keys(ZEnv.in.shape));

// What compose makes of a value, given .env: ${X:-default} → default, ${X:?msg} and ${X} → given.
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, rest: string) => {
    if (given[name]) return given[name];
    if (op === ":-" || op === "-") return rest;
    if (op === ":?" || op === "?") throw new Error(`${name} is required: ${rest}`);
    return "";
  });
}

const env = (name: string) => Object.fromEntries(Object.entries(services[name]?.environment ?? {}).map(([k, v]) => [k, String(v)]));

describe("docker-compose.yml", () => {
  it("has the services of a production setup", () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(["postgres", "minio", "minio-bucket", "migrate", "app", "worker", "nginx"]));
  });

  it.each(KITAB_SERVICES)("passes %s only variables lib/env.ts accepts", (name) => {
    const unknown = Object.keys(env(name)).filter((key) => !known.has(key));
    expect(unknown).toEqual([]);
  });

  it.each(KITAB_SERVICES)("gives %s settings that validate, from the required .env alone", (name) => {
    const given = { POSTGRES_PASSWORD: "pg0secret", S3_ACCESS_KEY: "kitab-minio", S3_SECRET_KEY: "minio-secret-123", AUTH_SECRET: "a".repeat(44), PUBLIC_URL: "https://kitab.example.org" };
    const values = Object.fromEntries(Object.entries(env(name)).map(([k, v]) => [k, interpolate(v, given)]));
    const parsed = parseEnv(values);
    expect(parsed.DATABASE_URL).toBe("postgresql://kitab:pg0secret@postgres:5432/kitab");
    expect(parsed.S3_ENDPOINT).toBe("http://minio:9000");
  });

  it("makes every secret required (${NAME:?…}) and gives none a default", () => {
    for (const secret of SECRETS) {
      expect(text, secret).toMatch(new RegExp(`\\$\\{${secret}:\\?[^}]+\\}`));
      expect(text, secret).not.toMatch(new RegExp(`\\$\\{${secret}:?-`));
    }
    expect(text).toMatch(/\$\{PUBLIC_URL:\?[^}]+\}/);
  });

  it("runs the app replicas behind the proxy, trusting it, with the worker apart", () => {
    expect(env("app")).toMatchObject({ WORKER: "off", TRUST_PROXY: "on" });
    expect(services.app?.ports).toBeUndefined(); // only nginx reaches the app
    expect(services.worker?.build?.target).toBe("worker");
    expect(dockerfile).toMatch(/FROM deps AS worker[\s\S]*apt-get install -y --no-install-recommends ffmpeg/);
    for (const name of KITAB_SERVICES) expect(dockerfile).toContain(`AS ${services[name]?.build?.target}\n`);
  });

  it("has MinIO abort abandoned multipart uploads after UPLOAD_EXPIRY_HOURS", () => {
    expect(env("minio")).toMatchObject({ MINIO_API_STALE_UPLOADS_EXPIRY: "${UPLOAD_EXPIRY_HOURS:-24}h" });
  });

  it("mounts nginx's site templates and fills every name they use", () => {
    const nginx = services.nginx!;
    const sources = (nginx.volumes ?? []).map((volume) => volume.split(/:(?=\/)/)[0]!); // host:/target[:ro]
    for (const site of ["kitab", "kitab-tls"]) {
      const source = sources.find((s) => s.includes("${NGINX_SITE"))!.replace(/\$\{NGINX_SITE:-kitab\}/, site);
      const template = readFileSync(path.join(root, source), "utf8");
      const names = [...template.matchAll(/\$\{([A-Z_]+)\}/g)].map((match) => match[1]!);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(Object.keys(env("nginx")), `${site}: ${name}`).toContain(name);
    }
    for (const source of sources) expect(existsSync(path.join(root, source.replace(/\$\{NGINX_SITE:-kitab\}/, "kitab"))), source).toBe(true);
  });
});
