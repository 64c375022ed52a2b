// Runs once when the Next server starts: a wrong or missing setting stops it here, with a
// message naming the variable, rather than at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, EnvError } = await import("@/lib/env");
  const env = getEnv();
  if (!env.AUTH_SECRET) {
    throw new EnvError("Invalid configuration:\n  AUTH_SECRET: required to sign sessions (npm start makes one in DATA_DIR; set it yourself elsewhere)");
  }
  // scripts/server.mjs (plain JavaScript, outside the build) passes every request through it.
  const { createFrontDoor } = await import("@/lib/http/create-front-door");
  (globalThis as { kitabFrontDoor?: unknown }).kitabFrontDoor = createFrontDoor(env);
  ({ noteRequestError } = await import("@/lib/http/note-request-error"));
  const { startHousekeeping } = await import("@/lib/server/files/start-housekeeping");
  await startHousekeeping();
}

// Every error Next did not hand to a route's own handling (see lib/http/note-request-error.ts).
// Called without waiting for anything: the request must be marked before its error page's
// status goes out, so the function is loaded once by register().
let noteRequestError: ((error: unknown, path: string) => void) | undefined;

export function onRequestError(error: unknown, request: Readonly<{ path: string }>) {
  noteRequestError?.(error, request.path);
}
