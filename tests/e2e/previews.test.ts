import { describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/server/database/create-db";
import { makeDocx } from "../support/document-fixtures";
import { BROWSER_USER_AGENT } from "../support/browser-user-agent";
import { HttpSession } from "../support/http-session";
import { tusUpload } from "../support/tus-upload";

const baseUrl = inject("baseUrl");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

// Previews on the resource page: safe types inline (sandboxed, not counted as downloads),
// everything else still an attachment.
describe("file previews", () => {
  it("serves images and text inline for previews, with ranges, and counts no download", async () => {
    const librarian = new HttpSession(baseUrl, { "user-agent": BROWSER_USER_AGENT });
    await librarian.signIn("librarian-uz@kitab.example", "kitab-demo-password");
    const created = await librarian.request("/api/v1/resources", { method: "POST", headers: { origin: baseUrl, "content-type": "application/json" }, body: JSON.stringify({ library: "UZ", title: { en: "Preview check" } }) });
    const { id } = (await created.json()) as { id: string };
    const upload = (data: Buffer, filename: string) => tusUpload(data, { endpoint: `${baseUrl}/api/uploads`, cookie: librarian.cookie(), metadata: { resourceId: id, filename } }).then((r) => r.fileId!);
    const png = await upload(PNG, "diagram.png");
    const txt = await upload(Buffer.from("Birinchi qator.\nИккинчи қатор.\n"), "notes.txt");
    const docx = await upload(Buffer.from(makeDocx(["Not previewed inline"])), "book.docx");
    const url = (fileId: string, inline = true) => `/api/v1/resources/${id}/files/${fileId}/download${inline ? "?inline=1" : ""}`;

    const image = await librarian.request(url(png));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(image.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const part = await librarian.request(url(png), { headers: { range: "bytes=0-7" } });
    expect(part.status).toBe(206);
    const text = await librarian.request(url(txt));
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await text.text()).toContain("Иккинчи қатор.");
    const book = await librarian.request(url(docx));
    expect(book.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect((await librarian.request(url(png, false))).headers.get("content-disposition")).toMatch(/^attachment;/);

    const db = createDb(inject("appDatabaseUrl"));
    const counted = await db.usageEvent.groupBy({ by: ["fileId"], where: { kind: "DOWNLOAD", resourceId: id }, _count: true });
    await db.$disconnect();
    // Only the two requests without ?inline=1 (the DOCX and the plain PNG download) count.
    expect(counted.map((c) => [c.fileId, c._count]).sort()).toEqual([[docx, 1], [png, 1]].sort());

    const page = await (await librarian.request(`/resources/${id}`)).text();
    expect(page).toContain(url(png));
    expect(page).toContain("Show the text of notes.txt");
  });
});
