import { spawn, type ChildProcess } from "node:child_process";

export type TLaunchedApp = {
  baseUrl: string;
  pid: number;
  output: () => string;
  stop: () => Promise<number | null>;
  exited: Promise<number | null>;
};

// Starts Kitab exactly as `npm start` does (scripts/start.ts), with its own settings, on the
// build the test run made (never building itself: a rebuild under running instances breaks them).
export function launchApp(env: Record<string, string>, args: string[] = []): TLaunchedApp {
  let output = "";
  const child: ChildProcess = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/start.ts", "--no-build", ...args],
    // The tests stand in for a proxy: they name client addresses in X-Forwarded-For.
    // A fixed session secret, as a deployment gives one: required with DATABASE_URL, and the
    // same across restarts of one test's instance.
    { env: { ...process.env, NODE_ENV: "production", TRUST_PROXY: "on", AUTH_SECRET: "kitab-test-session-secret-0123456789abcdef", ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    pid: child.pid!,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export async function waitForHealthy(app: TLaunchedApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void app.exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline) {
    if (exitedEarly) throw new Error(`Kitab exited before it was ready:\n${app.output()}`);
    try {
      const response = await fetch(`${app.baseUrl}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Kitab was not ready within ${timeoutMs} ms:\n${app.output()}`);
}
