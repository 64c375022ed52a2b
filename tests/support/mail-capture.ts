import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";
import { freePort } from "./free-port";

export type TCapturedMail = { to: string[]; raw: string };

// A real SMTP server on loopback standing in for the outside mail relay: it accepts every
// message and appends it to a JSON-lines file that tests read.
export async function startMailCapture(file: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        appendFileSync(file, `${JSON.stringify({ to: session.envelope.rcptTo.map((r) => r.address), raw })}\n`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function readMails(file: string): TCapturedMail[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TCapturedMail);
}

// The first link to `path` in the newest mail to `to`, decoding quoted-printable soft breaks.
export function linkInMail(file: string, to: string, path: string): string | null {
  const mail = readMails(file).reverse().find((m) => m.to.includes(to));
  if (!mail) return null;
  const body = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`).exec(body);
  return match?.[0] ?? null;
}
