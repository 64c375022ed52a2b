// RFC 6266: an ASCII fallback for old clients and the UTF-8 name in filename*, so Cyrillic
// names survive. "attachment" unless the caller has checked that the type is safe to show
// (lib/files/preview-kind.ts).
export function contentDisposition(fileName: string, kind: "attachment" | "inline" = "attachment"): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "file";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
