import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { requestContext, type TRequestContext } from "@/lib/log/request-context";
import { classifyRequest } from "./classify-request";
import { clientIp } from "./client-ip";
import { createRateLimiter } from "./create-rate-limiter";
import { OUTAGE_RETRY_SECONDS } from "./to-outage-error";

export type TFrontDoor = (req: IncomingMessage, res: ServerResponse, next: () => Promise<void>) => Promise<void>;

const UPLOADS = /^\/api\/uploads(?:\/|$)/;
const TRUSTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];

function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, retryAfter?: number) {
  res.statusCode = status;
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "close"); // an unread body is not worth reading
  if (retryAfter) res.setHeader("Retry-After", String(retryAfter));
  if ((req.headers.accept ?? "").includes("text/html")) {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} · Kitab</title></head><body><h1>${message}</h1><p><a href="/">Back to Kitab</a></p></body></html>`);
  } else {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ error: { code, message } }));
  }
}

// Reads and drops a refused request's body, up to `cap` bytes, before the answer goes out:
// closing a connection with its body unread makes the kernel reset it, and the client then
// loses the answer (a 413 it never sees). A body beyond the cap is cut off all the same.
function drain(req: IncomingMessage, cap: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    req.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > cap) resolve();
    });
    req.once("end", () => resolve());
    req.once("error", () => resolve());
    req.once("close", () => resolve());
  });
}

// What every request meets before Next: an id (X-Request-Id, in every log line written while
// it is answered), the client's address from the socket unless a trusted proxy says it,
// per-address limits on searches and the API (429 + Retry-After), a bound on the size of
// bodies other than uploads, and one log line when it is done. Per process: with several
// replicas, the proxy in front can limit network-wide (see README, "Scaling out").
export function createFrontDoor(env: TEnv): TFrontDoor {
  const limiters = {
    search: env.RATE_LIMIT_SEARCH_PER_MINUTE > 0 ? createRateLimiter({ perMinute: env.RATE_LIMIT_SEARCH_PER_MINUTE }) : null,
    api: env.RATE_LIMIT_API_PER_MINUTE > 0 ? createRateLimiter({ perMinute: env.RATE_LIMIT_API_PER_MINUTE }) : null,
    none: null,
  };
  const maxBody = env.REQUEST_BODY_MAX_BYTES;

  return async (req, res, next) => {
    const given = req.headers["x-request-id"];
    const requestId = env.TRUST_PROXY && typeof given === "string" && TRUSTED_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    if (!env.TRUST_PROXY) {
      for (const name of FORWARDED) delete req.headers[name];
      req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    }
    const ip = clientIp(req.headers);
    const started = process.hrtime.bigint();
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const context: TRequestContext = { requestId };
    // A page that failed because the database or storage was away (noteRequestError) is a 503.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status !== 500 || !context.outage) return writeHead(status, ...rest);
      res.setHeader("Retry-After", String(OUTAGE_RETRY_SECONDS));
      return writeHead(503, ...rest);
    }) as typeof res.writeHead;
    await requestContext.run(context, async () => {
      res.once("close", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const line = { method: req.method, path: pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10, ip, aborted: !res.writableFinished || undefined };
        if (res.statusCode >= 500) logger.error(line, "request failed");
        else if (pathname.startsWith("/_next/")) logger.debug(line, "request");
        else logger.info(line, "request");
      });

      const limiter = limiters[classifyRequest(pathname)];
      const taken = limiter?.take(ip);
      if (taken && !taken.ok) {
        return refuse(req, res, 429, "RATE_LIMITED", `Too many requests from your address. Try again in ${taken.retryAfterSeconds} s.`, taken.retryAfterSeconds);
      }
      if (["POST", "PUT", "PATCH"].includes(req.method ?? "") && !UPLOADS.test(pathname)) {
        const length = req.headers["content-length"];
        if (length === undefined && req.headers["transfer-encoding"]) {
          await drain(req, 16 * maxBody);
          return refuse(req, res, 411, "BAD_REQUEST", "Send the request body with a Content-Length.");
        }
        if (Number(length) > maxBody) {
          await drain(req, 16 * maxBody);
          return refuse(req, res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.floor(maxBody / 1024)} KB. Files go through the upload page.`);
        }
      }
      await next();
    });
  };
}
