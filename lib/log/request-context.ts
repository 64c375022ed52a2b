import { AsyncLocalStorage } from "node:async_hooks";

// outage: set when the request failed because the database or storage was away, so its
// error page goes out as a 503 (see lib/http/note-request-error.ts).
export type TRequestContext = { requestId: string; outage?: boolean };

// One store per process, shared through globalThis: Next bundles instrumentation and each
// route separately, and a module-level instance would differ between them.
const KEY = Symbol.for("kitab.requestContext");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<TRequestContext> | undefined>;

export const requestContext: AsyncLocalStorage<TRequestContext> = (holder[KEY] ??= new AsyncLocalStorage<TRequestContext>());
