import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PDFJS_VERSION } from "@/lib/files/pdfjs-version";
import { pdfjsAsset } from "@/lib/files/pdfjs-asset";

// The preview's pdf.js addresses carry the version, cached for a year: they must name the
// installed package, and serve nothing else of it.
describe("pdf.js for the preview", () => {
  it("names the installed version and serves only its two scripts", async () => {
    const installed = JSON.parse(readFileSync("node_modules/pdfjs-dist/package.json", "utf8")) as { version: string };
    expect(PDFJS_VERSION).toBe(installed.version);
    expect((await pdfjsAsset(PDFJS_VERSION, "pdf.min.mjs"))?.length).toBeGreaterThan(100_000);
    expect((await pdfjsAsset(PDFJS_VERSION, "pdf.worker.min.mjs"))?.length).toBeGreaterThan(100_000);
    expect(await pdfjsAsset(PDFJS_VERSION, "../package.json")).toBeNull();
    expect(await pdfjsAsset(PDFJS_VERSION, "pdf.mjs.map")).toBeNull();
    expect(await pdfjsAsset("1.0.0", "pdf.min.mjs")).toBeNull();
  });
});
