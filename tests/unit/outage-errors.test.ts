import { Prisma } from "@prisma/client";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { detectOutage } from "@/lib/http/detect-outage";
import { errorResponse } from "@/lib/http/error-response";
import { withRetryAfter } from "@/lib/http/with-retry-after";
import { tusOutageAnswer } from "@/lib/server/files/tus-outage-answer";
import { logger } from "@/lib/log/logger";

const prismaError = (code: string, cause?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("Invalid invocation", { code, clientVersion: "6.19.3", meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {} });
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code, syscall: "connect", errno: -111 });

// The shapes below are those Prisma 6 with @prisma/adapter-pg and the AWS SDK really throw
// (seen with PostgreSQL and the RADOS Gateway stopped under a running app).
describe("detectOutage", () => {
  it("recognises a database that is down, restarting or unreachable", () => {
    expect(detectOutage(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe("database");
    expect(detectOutage(prismaError("P1017", { kind: "ConnectionClosed" }))).toBe("database");
    expect(detectOutage(prismaError("P2010", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }))).toBe("database");
    expect(detectOutage(prismaError("P2010", { kind: "DatabaseNotReachable" }))).toBe("database");
    expect(detectOutage(new Prisma.PrismaClientInitializationError("Can't reach database server", "6.19.3"))).toBe("database");
    expect(detectOutage(new Error("timeout exceeded when trying to connect"))).toBe("database");
    expect(detectOutage(Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" }))).toBe("database");
  });

  it("recognises storage that does not answer", () => {
    expect(detectOutage(socketError("ECONNREFUSED"))).toBe("storage");
    expect(detectOutage(new Error("upload failed", { cause: socketError("ECONNRESET") }))).toBe("storage");
    expect(detectOutage(Object.assign(new Error("Service Unavailable"), { $metadata: { httpStatusCode: 503 } }))).toBe("storage");
  });

  it("leaves real faults alone", () => {
    expect(detectOutage(new TypeError("x is undefined"))).toBeNull();
    expect(detectOutage(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBeNull();
    expect(detectOutage(prismaError("P2010", { kind: "postgres", code: "42601", message: "syntax error" }))).toBeNull();
    expect(detectOutage(Object.assign(new Error("division by zero"), { code: "22012", severity: "ERROR" }))).toBeNull();
    expect(detectOutage(null)).toBeNull();
    expect(detectOutage("text")).toBeNull();
  });
});

describe("errorResponse", () => {
  const request = new Request("http://kitab.test/api/v1/search");
  beforeEach(() => void vi.spyOn(logger, "error").mockImplementation(() => {}));

  it("answers an outage with 503, Retry-After and a message", async () => {
    const response = errorResponse(request, prismaError("P1001", { kind: "DatabaseNotReachable" }));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toMatch(/database/);
  });

  it("keeps other unexpected errors a generic 500 and expected ones as they are", async () => {
    expect(errorResponse(request, new TypeError("boom")).status).toBe(500);
    expect(errorResponse(request, new AppError("CONFLICT", "Changed meanwhile.")).status).toBe(409);
  });
});

describe("tus answers in an outage", () => {
  beforeEach(() => void vi.spyOn(logger, "error").mockImplementation(() => {}));

  it("maps a storage failure to 503 with a message and leaves tus's own errors alone", async () => {
    expect(await tusOutageAnswer(new Request("http://kitab.test/api/uploads/x"), socketError("ECONNREFUSED"))).toEqual({ status_code: 503, body: expect.stringMatching(/file storage/) });
    expect(await tusOutageAnswer(new Request("http://kitab.test/api/uploads/x"), { status_code: 409, body: "Offset mismatch\n" } as unknown as Error)).toBeUndefined();
  });

  it("adds Retry-After to a 503 only", () => {
    expect(Number(withRetryAfter(new Response("down", { status: 503 })).headers.get("retry-after"))).toBeGreaterThan(0);
    expect(withRetryAfter(new Response(null, { status: 204 })).headers.has("retry-after")).toBe(false);
  });
});
