import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBadInputApp, type TBadInputApp } from "../support/bad-input-app";
import { unchangedBy } from "../support/bad-input-snapshot";
import { startUpload, tusMetadata, tusRequest } from "../support/bad-input-tus";
import { seedWorld, type TWorld } from "../support/bad-input-world";
import { tusUpload } from "../support/tus-upload";

// The tus endpoint fed what it must refuse: creation for resources one may not touch or with
// hostile names and lengths, and tampered offsets, types and ids on an upload under way.
// Every refusal is a 4xx with a text message, and neither the database nor the object store
// (this app's storage/ folder) changes.
let kitab: TBadInputApp;
let w: TWorld;
let base = "";
let inProgress = ""; // the UZ contributor's upload: 10 of 100 bytes in

beforeAll(async () => {
  kitab = await startBadInputApp(inject("appDatabaseUrl"), "bad-input-tus");
  base = kitab.baseUrl;
  w = await seedWorld(kitab.db, base);
  inProgress = await startUpload(base, w.uzContributor.session.cookie(), w.uzDraft.id, 100, Buffer.from("0123456789"));
});
afterAll(() => kitab?.stop());

const refused = async (act: () => Promise<Response>, status: number, message: RegExp | null = /\w{3,}/) => {
  const response = await unchangedBy(kitab.db, { dataDir: kitab.dataDir, resourceIds: [w.uzDraft.id, w.kzDraft.id] }, act);
  const text = await response.text();
  expect(response.status, text).toBe(status);
  if (message) expect(text).toMatch(message);
  return text;
};
const refuses = async (...args: Parameters<typeof refused>) => void (await refused(...args));
const uz = () => w.uzContributor.session.cookie();
const create = (cookie: string, metadata: Record<string, string>, headers: Record<string, string> = {}) =>
  tusRequest(base, "/api/uploads", "POST", cookie, { "Upload-Length": "100", "Upload-Metadata": tusMetadata(metadata), ...headers });
const patch = (cookie: string, headers: Record<string, string>, body: Buffer | string = "abcde", path = inProgress) =>
  tusRequest(base, path, "PATCH", cookie, { "Upload-Offset": "10", "Content-Type": "application/offset+octet-stream", ...headers }, body);

describe("tus creation refuses", () => {
  it("an anonymous upload (401)", () => refuses(() => create("", { resourceId: w.uzDraft.id, filename: "a.txt" }), 401, /Sign in/));

  it.each(["kzDraft", "kzInReview", "kzRejected", "kzNetwork", "kzPublic"] as const)(
    "a resourceId of another country's resource (%s) exactly like a missing one (404)",
    async (which) => {
      const missing = await (await create(uz(), { resourceId: randomUUID(), filename: "a.txt" })).text();
      expect(await refused(() => create(uz(), { resourceId: w[which].id, filename: "a.txt" }), 404)).toBe(missing);
    },
  );

  it.each([
    ["a resourceId that is a path", { resourceId: "../../etc/passwd", filename: "a.txt" }, {}, 404],
    ["no file name", {}, {}, 400],
    ["a 'replaces' that is not a file id", { filename: "a.txt", replaces: "../../x" }, {}, 400],
    ["an Upload-Length beyond the limit", { filename: "a.txt" }, { "Upload-Length": String(2 ** 52) }, 413],
    ["a negative Upload-Length", { filename: "a.txt" }, { "Upload-Length": "-1" }, 400],
    ["a non-numeric Upload-Length", { filename: "a.txt" }, { "Upload-Length": "1e3" }, 400],
    ["no Upload-Length", { filename: "a.txt" }, { "Upload-Length": "" }, 400],
    ["Upload-Metadata that is not base64 pairs", {}, { "Upload-Metadata": "filename ../../etc/passwd extra, ,," }, 400],
    ["another tus version", { filename: "a.txt" }, { "Tus-Resumable": "0.2.0" }, 412],
  ] as [string, Record<string, string>, Record<string, string>, number][])("%s (%i)", (_name, metadata, headers, status) =>
    refuses(() => create(uz(), { resourceId: w.uzDraft.id, ...metadata }, headers), status, /\w{3,}/),
  );
});

describe("tus creation refuses file names that are paths or carry control characters (400)", () => {
  it.each([
    ["../../etc/passwd"],
    ["..\\..\\windows\\win.ini"],
    ["/etc/passwd"],
    ["C:\\boot.ini"],
    [".."],
    ["notes\u0000.txt"],
    ["notes.txt\r\nSet-Cookie: kitab=evil"],
    ["invoice\u202Etxt.exe"],
  ])("%j", (filename) => refuses(() => create(uz(), { resourceId: w.uzDraft.id, filename }), 400, /file name/));

  it("a name whose bytes are not UTF-8", () => {
    const metadata = `resourceId ${Buffer.from(w.uzDraft.id).toString("base64")},filename ${Buffer.from([0x6e, 0xff, 0xfe, 0x2e, 0x74]).toString("base64")}`;
    return refuses(() => tusRequest(base, "/api/uploads", "POST", uz(), { "Upload-Length": "100", "Upload-Metadata": metadata }), 400, /UTF-8/);
  });
});

describe("an upload under way keeps its bytes when offsets and types are tampered with", () => {
  it.each([
    ["an Upload-Offset behind the upload's", { "Upload-Offset": "5" }, 409],
    ["an Upload-Offset ahead of it", { "Upload-Offset": "50" }, 409],
    ["a negative Upload-Offset", { "Upload-Offset": "-10" }, 400],
    ["a non-numeric Upload-Offset", { "Upload-Offset": "ten" }, 400],
    ["an Upload-Offset in exponent form", { "Upload-Offset": "1e1" }, 400],
    ["an empty Upload-Offset", { "Upload-Offset": "" }, 400],
    ["a JSON Content-Type", { "Content-Type": "application/json" }, 415],
    ["a multipart Content-Type", { "Content-Type": "multipart/form-data; boundary=x" }, 415],
    ["no Content-Type", { "Content-Type": "" }, 415],
  ] as [string, Record<string, string>, number][])("PATCH with %s (%i)", (_name, headers, status) => refuses(() => patch(uz(), headers), status));

  it("PATCH with more bytes than Upload-Length leaves (413)", () => refuses(() => patch(uz(), {}, Buffer.alloc(200, 1)), 413));

  it("PATCH, HEAD and DELETE by anyone else are 404 (the KZ contributor) or 401 (anonymous)", async () => {
    const kz = w.kzContributor.session.cookie();
    await refused(() => patch(kz, {}), 404);
    await refused(() => tusRequest(base, inProgress, "DELETE", kz), 404);
    await refused(() => tusRequest(base, inProgress, "HEAD", kz), 404, null);
    await refused(() => patch("", {}), 401);
    await refused(() => tusRequest(base, inProgress, "HEAD", ""), 401, null);
    await refused(() => tusRequest(base, inProgress, "DELETE", ""), 401);
  });

  it.each(["/api/uploads/file-00000000000000000000000000000000", "/api/uploads/..%2F..%2Fetc%2Fpasswd", "/api/uploads/%00", `/api/uploads/${"f".repeat(3000)}`])(
    "PATCH to an upload id that does not exist: %s (404)",
    (path) => refuses(() => patch(uz(), { "Upload-Offset": "0" }, "abcde", path), 404),
  );

  it("after all that the owner resumes at offset 10 and finishes", async () => {
    const head = await tusRequest(base, inProgress, "HEAD", uz());
    expect(head.headers.get("upload-offset")).toBe("10");
    const done = await patch(uz(), {}, Buffer.from("x".repeat(90)));
    expect(done.status).toBe(204);
  });
});

// Names with quotes are fine (people use them); the download's Content-Disposition must still
// carry exactly one filename and one filename*, with the quote neither closing nor opening one.
describe("header injection through a stored file name", () => {
  it.each([`report"; filename="evil.html`, `a'b"; x=1 .txt`, "notes%0D%0ASet-Cookie: x=1.txt", "Ҳисобот «финал» 'v2'.txt"])("%j", async (filename) => {
    const bytes = Buffer.from(`plain text for ${filename} ${randomUUID()}\n`);
    const { fileId } = await tusUpload(bytes, { endpoint: `${base}/api/uploads`, cookie: uz(), metadata: { resourceId: w.uzDraft.id, filename, filetype: "text/plain" } });
    const download = await w.uzContributor.session.request(`/api/v1/resources/${w.uzDraft.id}/files/${fileId}/download`);
    expect(download.status).toBe(200);
    const disposition = download.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^"\s;]+$/);
    expect(download.headers.get("set-cookie")).toBeNull();
    const stored = await kitab.db.resourceFile.findUniqueOrThrow({ where: { id: fileId! } });
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(stored.originalName);
    expect(stored.originalName).not.toMatch(/["\\\r\n]/);
  });
});
