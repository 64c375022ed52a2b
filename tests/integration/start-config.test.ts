import { describe, expect, it } from "vitest";
import { launchApp } from "../support/launch-app";

describe("npm start with a wrong setting", () => {
  it.each([
    [{ PORT: "not-a-port" }, /PORT: expected a port number/],
    [{ PORT: "3000", DATABASE_URL: "mysql://root@localhost/kitab" }, /DATABASE_URL: expected a URL starting with postgres/],
    [{ PORT: "3000", S3_ENDPOINT: "http://127.0.0.1:9000" }, /S3_ACCESS_KEY: required when S3_ENDPOINT is set/],
    [{ PORT: "3000", RATE_LIMIT_SEARCH_PER_MINUTE: "many" }, /RATE_LIMIT_SEARCH_PER_MINUTE: expected a number of requests/],
    [{ PORT: "3000", LOG_LEVEL: "verbose" }, /LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent/],
    [{ PORT: "3000", DATABASE_URL: "postgresql://kitab@127.0.0.1:1/kitab", AUTH_SECRET: "" }, /AUTH_SECRET: required when DATABASE_URL is set/],
  ])("stops at once and names the variable: %o", async (env, message) => {
    const app = launchApp(env);
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(message);
    expect(app.output()).not.toMatch(/Starting the embedded PostgreSQL/);
  });
});
