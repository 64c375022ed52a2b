import { createHash } from "node:crypto";
import http from "node:http";

// tus 1.0 requests one at a time, so a test can put a fault between (or inside) them.
const TUS = { "Tus-Resumable": "1.0.0" };

export type TTusAnswer = { status: number; offset: number | null; body: string; headers: Headers };

const answer = async (response: Response): Promise<TTusAnswer> => ({
  status: response.status,
  offset: response.headers.has("upload-offset") ? Number(response.headers.get("upload-offset")) : null,
  body: await response.text(),
  headers: response.headers,
});

export async function tusCreate(endpoint: string, cookie: string, size: number, metadata: Record<string, string>): Promise<string> {
  const encoded = Object.entries(metadata).map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`).join(",");
  const created = await fetch(endpoint, { method: "POST", headers: { ...TUS, "Upload-Length": String(size), "Upload-Metadata": encoded, cookie } });
  if (created.status !== 201) throw new Error(`creation answered ${created.status}: ${await created.text()}`);
  return new URL(created.headers.get("location")!, endpoint).toString();
}

export async function tusHead(url: string, cookie: string): Promise<TTusAnswer> {
  return answer(await fetch(url, { method: "HEAD", headers: { ...TUS, cookie } }));
}

export async function tusPatch(url: string, cookie: string, offset: number, bytes: Buffer): Promise<TTusAnswer> {
  return answer(
    await fetch(url, {
      method: "PATCH",
      headers: { ...TUS, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream", cookie },
      body: new Uint8Array(bytes),
    }),
  );
}

// A PATCH whose body is sent in two halves with `between` run in the pause: a fault while a
// chunk is on its way. Resolves with the server's answer, or with status 0 when the server
// closed the connection without one.
export function tusPatchInterrupted(url: string, cookie: string, offset: number, bytes: Buffer, splitAt: number, between: () => Promise<void>): Promise<TTusAnswer> {
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: "PATCH",
      headers: { ...TUS, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream", "Content-Length": String(bytes.length), cookie },
    });
    let settled = false;
    const settle = (value: TTusAnswer) => {
      if (!settled) resolve(value);
      settled = true;
    };
    request.on("response", (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === "string") headers.set(name, value);
        settle({ status: response.statusCode ?? 0, offset: headers.has("upload-offset") ? Number(headers.get("upload-offset")) : null, body, headers });
      });
    });
    request.on("error", () => setTimeout(() => settle({ status: 0, offset: null, body: "", headers: new Headers() }), 100));
    request.write(bytes.subarray(0, splitAt), () => {
      // Give the server a moment to take in what was sent, then the fault, then the rest.
      setTimeout(() => {
        void between().then(() => {
          if (!request.destroyed) request.end(bytes.subarray(splitAt));
        });
      }, 1000);
    });
  });
}

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export async function sha256OfStream(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest("hex");
}
