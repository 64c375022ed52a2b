import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { freePort } from "./free-port";

const DEPLOY = path.join(import.meta.dirname, "../../deploy/nginx");

// Debian's nginx (`apt-get install -y nginx-light`), or null when it is not installed.
export function nginxBinary(): string | null {
  return ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((candidate) => existsSync(candidate)) ?? null;
}

export type TNginxSite = "kitab" | "kitab-tls";
// upstream: host:port, or several (as Docker's DNS gives every replica of the app service).
export type TNginxConfig = { dir: string; upstream: string | string[]; httpPort: number; httpsPort?: number; site?: TNginxSite; certDir?: string };

// The shipped site template filled as the nginx image fills it (only its ${KITAB_…} names),
// inside a main configuration that keeps every path in `dir`: no root, no /var, any port.
export async function writeNginxConfig(config: TNginxConfig): Promise<string> {
  const { dir } = config;
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755); // nginx's workers (nobody, when started as root) create their temp dirs here
  const upstreams = [config.upstream].flat();
  const values: Record<string, string> = {
    KITAB_UPSTREAM: upstreams[0]!,
    KITAB_HTTP_PORT: String(config.httpPort),
    KITAB_HTTPS_PORT: String(config.httpsPort ?? 0),
  };
  let site = await readFile(path.join(DEPLOY, `${config.site ?? "kitab"}.conf.template`), "utf8");
  site = site.replace(/^\s*server \$\{KITAB_UPSTREAM\}.*$/m, (line) => upstreams.map((address) => line.replace("${KITAB_UPSTREAM}", address)).join("\n"));
  site = site.replace(/\$\{(KITAB_[A-Z_]+)\}/g, (_, name: string) => values[name] ?? `\${${name}}`);
  if (config.certDir) site = site.replaceAll("/etc/nginx/certs/", `${config.certDir}/`);
  await writeFile(path.join(dir, "site.conf"), site);
  await copyFile(path.join(DEPLOY, "kitab-locations.conf"), path.join(dir, "kitab-locations.conf"));
  const main = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    log_format upstream '$request_method $uri $status $upstream_addr';
    access_log ${dir}/access.log upstream;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    sendfile on;
    keepalive_timeout 65;
    include site.conf;
}
`;
  const file = path.join(dir, "nginx.conf");
  await writeFile(file, main);
  await mkdir(path.join(dir, "temp"), { recursive: true });
  return file;
}

const args = (dir: string, file: string) => ["-p", `${dir}/`, "-c", file, "-e", `${dir}/error.log`];

// `nginx -t`: the exit code and what nginx said.
export function testNginxConfig(binary: string, dir: string, file: string): { ok: boolean; output: string } {
  const result = spawnSync(binary, ["-t", ...args(dir, file)], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

// accessLog: one line per request, "METHOD /path status upstream-address(es)".
export type TNginx = { baseUrl: string; port: number; stop: () => Promise<void>; errors: () => Promise<string>; accessLog: () => Promise<string> };

// nginx in the foreground in front of `upstream` (host:port), on a free port.
export async function startNginx(binary: string, options: { dir: string; upstream: string | string[]; port?: number }): Promise<TNginx> {
  const port = options.port ?? (await freePort());
  const file = await writeNginxConfig({ dir: options.dir, upstream: options.upstream, httpPort: port });
  let output = "";
  const child = spawn(binary, args(options.dir, file), { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (listening) break;
    if (attempt > 200) throw new Error(`nginx did not listen on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    errors: () => readFile(path.join(options.dir, "error.log"), "utf8").catch(() => ""),
    accessLog: () => readFile(path.join(options.dir, "access.log"), "utf8").catch(() => ""),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT"); // graceful: lets responses finish
      await exited;
    },
  };
}
