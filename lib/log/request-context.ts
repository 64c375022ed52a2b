import { AsyncLocalStorage } from "node:async_hooks";

export type TRequestContext = { requestId: string };

// One store per process, shared through globalThis: Next bundles instrumentation and each
// route separately, and a module-level instance would differ between them.
const KEY = Symbol.for("kitab.requestContext");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<TRequestContext> | undefined>;

export const requestContext: AsyncLocalStorage<TRequestContext> = (holder[KEY] ??= new AsyncLocalStorage<TRequestContext>());
