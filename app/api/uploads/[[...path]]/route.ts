import { uploadNameProblem } from "@/lib/files/upload-name-problem";
import { withRetryAfter } from "@/lib/http/with-retry-after";
import { getTusServer } from "@/lib/server/files/get-tus-server";

export const dynamic = "force-dynamic";

// tus 1.0 resumable uploads (see lib/server/files/get-tus-server.ts). GET is not offered: a
// finished file is downloaded through its resource, with its permissions.
// Another protocol version is 412 with the one we speak, as tus 1.0 asks (@tus/server says 400).
const handle = (request: Request) => {
  const version = request.headers.get("tus-resumable");
  if (request.method !== "OPTIONS" && version !== null && version !== "1.0.0") {
    return new Response("This server speaks tus 1.0.0.\n", { status: 412, headers: { "Tus-Version": "1.0.0", "Content-Type": "text/plain; charset=utf-8" } });
  }
  return getTusServer().handleWeb(request).then(withRetryAfter);
};

const refuse = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { "Tus-Resumable": "1.0.0", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// A creation whose file name is a path or carries control characters is refused before
// anything is stored (as tus servers answer: plain text).
const create = (request: Request) => {
  const problem = uploadNameProblem(request.headers.get("upload-metadata"));
  return problem && request.headers.get("tus-resumable") === "1.0.0" ? refuse(400, problem) : handle(request);
};

// tus 1.0 asks for 415 when a PATCH is not application/offset+octet-stream (@tus/server says 403).
const append = (request: Request) => {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/offset+octet-stream" ? handle(request) : refuse(415, "A tus PATCH carries Content-Type: application/offset+octet-stream.");
};

export { create as POST, append as PATCH, handle as HEAD, handle as DELETE, handle as OPTIONS };
