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
  const { startHousekeeping } = await import("@/lib/server/files/start-housekeeping");
  await startHousekeeping();
}

// Every error Next did not hand to a route's own handling (see lib/http/note-request-error.ts).
export async function onRequestError(error: unknown, request: Readonly<{ path: string }>) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteRequestError } = await import("@/lib/http/note-request-error");
  noteRequestError(error, request.path);
}
