import { strToU8, zipSync } from "fflate";

// Small documents of our own making, each carrying the given paragraphs, built the way their
// formats require (no third-party samples in the test suite).

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function makeDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

export function makePptx(slides: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>`),
    "ppt/presentation.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`),
  };
  slides.forEach((text, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${xml(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    );
  });
  return zipSync(files);
}

export function makeEpub(chapters: string[], options: { conforming?: boolean } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  if (options.conforming !== false) {
    files.mimetype = strToU8("application/epub+zip");
    files["META-INF/container.xml"] = strToU8(`<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`);
  }
  const items = chapters.map((_, i) => `<item id="c${i}" href="ch${i}.xhtml" media-type="application/xhtml+xml"/>`).join("");
  // The spine reads the chapters backwards, so the order can be checked.
  const spine = chapters.map((_, i) => `<itemref idref="c${chapters.length - 1 - i}"/>`).join("");
  files["OEBPS/book.opf"] = strToU8(`<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><manifest>${items}</manifest><spine>${spine}</spine></package>`);
  chapters.forEach((text, i) => {
    files[`OEBPS/ch${i}.xhtml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><style>p{}</style></head><body><p>${xml(text)}</p></body></html>`);
  });
  return zipSync(files, { level: 0 });
}

// A PDF with one page per entry (lines split on "\n"), ASCII text in the standard Helvetica
// font (no embedding needed). Long documents get a page tree of nodes of at most ten, as
// LaTeX and most producers write them: a reader finds page N without reading every page.
export function makePdf(pages: string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  const parentOf: number[] = [];
  const firstNode = 4 + pages.length * 2; // intermediate nodes come after the pages and their contents
  let nextNode = firstNode;
  // Groups each level (object ids with their page counts) under new nodes until the root's kids remain.
  let level = pageIds.map((id) => ({ id, count: 1 }));
  while (level.length > 10) {
    const next: { id: number; count: number }[] = [];
    for (let i = 0; i < level.length; i += 10) {
      const group = level.slice(i, i + 10);
      const id = nextNode++;
      const count = group.reduce((sum, kid) => sum + kid.count, 0);
      group.forEach((kid) => (parentOf[kid.id] = id));
      objects[id] = `<< /Type /Pages /Parent PARENT /Kids [${group.map((kid) => `${kid.id} 0 R`).join(" ")}] /Count ${count} >>`;
      next.push({ id, count });
    }
    level = next;
  }
  level.forEach((kid) => (parentOf[kid.id] = 2));
  objects[2] = `<< /Type /Pages /Kids [${level.map((kid) => `${kid.id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  for (let id = firstNode; id < nextNode; id++) objects[id] = objects[id]!.replace("PARENT", `${parentOf[id]} 0 R`);
  pages.forEach((text, i) => {
    const lines = text.split("\n").map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj 0 -16 Td`);
    const stream = `BT /F1 12 Tf 50 750 Td ${lines.join(" ")} ET`;
    objects[pageIds[i]!] = `<< /Type /Page /Parent ${parentOf[pageIds[i]!]} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}
