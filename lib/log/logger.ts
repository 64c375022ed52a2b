import pino from "pino";
import { getEnv } from "@/lib/env";
import { requestContext } from "./request-context";

// Structured JSON lines on stdout, one logger per process. Lines written while a request is
// being answered carry its id (the X-Request-Id the client or proxy sees), so one failed
// request's lines can be found among thousands.
export const logger = pino({
  level: getEnv().LOG_LEVEL,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const context = requestContext.getStore();
    return context ? { requestId: context.requestId } : {};
  },
});
