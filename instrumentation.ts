// Runs once when the Next server starts: a wrong setting stops it here, with a message
// naming the variable, rather than at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
}
