import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives the embedded defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(path.resolve(".data"));
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBe(true);
    expect(env.DEMO_PASSWORD).toBe("kitab-demo-password");
    expect(env.S3_ENDPOINT).toBeUndefined();
  });

  it("turns demo data off by default on a real database, and on when asked", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/kitab" }).SEED_DEMO).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/kitab", SEED_DEMO: "on" }).SEED_DEMO).toBe(true);
    expect(parseEnv({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "abc" }, /PORT: expected a port number \(got "abc"\)/],
    [{ PORT: "70000" }, /PORT: expected a port from 1 to 65535/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL: expected a URL starting with postgres:\/\/ or postgresql:\/\//],
    [{ SEED_DEMO: "maybe" }, /SEED_DEMO: expected one of true\/false/],
    [{ S3_ENDPOINT: "http://127.0.0.1:9000" }, /S3_ACCESS_KEY: required when S3_ENDPOINT is set/],
    [{ S3_BUCKET: "Bad_Bucket" }, /S3_BUCKET: expected a valid S3 bucket name/],
    [{ DEMO_PASSWORD: "short" }, /DEMO_PASSWORD: expected at least 10 characters/],
    [{ UPLOAD_MAX_BYTES: "10000000000" }, /UPLOAD_MAX_BYTES: expected at most 5 GiB/],
    [{ UPLOAD_MAX_BYTES: "lots" }, /UPLOAD_MAX_BYTES: expected a number of bytes/],
    [{ UPLOAD_ALLOWED_TYPES: "pdf, docx" }, /UPLOAD_ALLOWED_TYPES: expected a comma-separated list of media types/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET: expected at least 32 characters/],
    [{ OIDC_ISSUER: "https://idp.example.org/realms/x" }, /OIDC_CLIENT_ID: required when OIDC_ISSUER is set/],
    [{ SMTP_URL: "mail.example.org" }, /SMTP_URL: expected a URL starting with smtp:\/\/ or smtps:\/\//],
  ])("names the variable and what it expects: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("lists every wrong variable at once and never echoes a secret", () => {
    let message = "";
    try {
      parseEnv({ PORT: "x", DATABASE_URL: "mysql://user:hunter2@h/db", DEMO_PASSWORD: "hunter2" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("PORT");
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("DEMO_PASSWORD");
    expect(message).not.toContain("hunter2");
  });

  it("reads S3 settings", () => {
    const env = parseEnv({
      S3_ENDPOINT: "https://s3.example.org",
      S3_ACCESS_KEY: "key",
      S3_SECRET_KEY: "secret",
      S3_PATH_STYLE: "false",
      S3_BUCKET: "kitab-files",
    });
    expect(env).toMatchObject({ S3_ENDPOINT: "https://s3.example.org", S3_PATH_STYLE: false, S3_BUCKET: "kitab-files" });
  });
});
