// Which dependency an unexpected error says is down: the database, the object storage, or
// neither (a real bug, which stays a 500). Read from the error and its causes, since Prisma
// wraps the driver's error (meta.driverAdapterError) and the S3 clients wrap the socket's.

// Node's socket and DNS failures, and undici's (fetch) connection failures.
const SOCKET_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED",
  "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT",
]);
// Prisma: cannot reach, timed out, connection closed, connection pool timeout, too many connections.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (class 08), shutting down or starting up (57P01-57P03), too many connections.
const isPostgresOutage = (code: string) => /^08/.test(code) || ["57P01", "57P02", "57P03", "53300"].includes(code);
// node-postgres's own messages for a connection that died or never came.
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type TErrorLike = {
  name?: unknown; code?: unknown; message?: unknown; cause?: unknown; clientVersion?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  $metadata?: { httpStatusCode?: unknown };
};

export type TOutage = "database" | "storage";

export function detectOutage(error: unknown): TOutage | null {
  let storageHint = false;
  const seen = new Set<unknown>();
  for (let e = error as TErrorLike | undefined; e && typeof e === "object" && !seen.has(e); e = e.cause as TErrorLike | undefined) {
    seen.add(e);
    const code = typeof e.code === "string" ? e.code : "";
    const name = typeof e.name === "string" ? e.name : "";
    const fromPrisma = name.startsWith("PrismaClient") || typeof e.clientVersion === "string";
    if (fromPrisma) {
      const cause = e.meta?.driverAdapterError?.cause;
      if (name === "PrismaClientInitializationError" || PRISMA_CODES.has(code)) return "database";
      if (cause && (ADAPTER_KINDS.has(String(cause.kind)) || isPostgresOutage(String(cause.code ?? "")))) return "database";
      if (typeof e.message === "string" && PG_MESSAGES.test(e.message)) return "database";
      return null;
    }
    // A PostgreSQL error from node-postgres itself (raw pg clients).
    if (/^[0-9A-Z]{5}$/.test(code) && "severity" in e) return isPostgresOutage(code) ? "database" : null;
    if (typeof e.message === "string" && PG_MESSAGES.test(e.message)) return "database";
    if (SOCKET_CODES.has(code) || name === "TimeoutError") storageHint = true;
    // An S3 server that answers but says it is unavailable or overloaded.
    if (e.$metadata?.httpStatusCode === 503 || code === "ServiceUnavailable" || code === "SlowDown") storageHint = true;
  }
  return storageHint ? "storage" : null;
}
