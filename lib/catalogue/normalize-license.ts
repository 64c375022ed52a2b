// Licence strings as they come from other catalogues ("CC BY", "CC-BY-SA 4.0", "Public Domain
// Mark", URLs in any spelling) to the canonical Creative Commons URI Kitab stores.

const KINDS = ["by", "by-sa", "by-nc", "by-nc-sa", "by-nd", "by-nc-nd"] as const;
const VERSIONS = ["1.0", "2.0", "2.5", "3.0", "4.0"];

export const CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
export const PUBLIC_DOMAIN_MARK = "https://creativecommons.org/publicdomain/mark/1.0/";

export type TLicenseResult =
  | { ok: true; uri: string; assumedVersion: boolean }
  | { ok: false; reason: string };

const uriOf = (kind: string, version: string) => `https://creativecommons.org/licenses/${kind}/${version}/`;

export function normalizeLicense(input: string | null | undefined): TLicenseResult {
  const raw = (input ?? "").trim();
  if (!raw) return { ok: false, reason: "no licence given" };
  const text = raw.toLowerCase();

  const url = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)/.exec(text);
  if (url) {
    const [, family, kind, version] = url;
    if (family === "publicdomain" && kind === "zero") return { ok: true, uri: CC0, assumedVersion: false };
    if (family === "publicdomain" && kind === "mark") return { ok: true, uri: PUBLIC_DOMAIN_MARK, assumedVersion: false };
    if (family === "licenses" && (KINDS as readonly string[]).includes(kind!) && VERSIONS.includes(version!)) {
      return { ok: true, uri: uriOf(kind!, version!), assumedVersion: false };
    }
    return { ok: false, reason: `"${raw}" is not a Creative Commons licence Kitab knows` };
  }
  if (/\bcc0\b|cc[\s-]?zero|public\s*domain\s*dedication/.test(text)) return { ok: true, uri: CC0, assumedVersion: false };
  if (/public\s*domain\s*mark|\bpdm\b/.test(text)) return { ok: true, uri: PUBLIC_DOMAIN_MARK, assumedVersion: false };

  // "CC BY-NC-SA 4.0", "cc-by-sa", "CC BY SA 3.0", "Attribution-NonCommercial 4.0 International"
  const words = text
    .replace(/creative\s*commons/g, "cc")
    .replace(/attribution/g, "by")
    .replace(/non-?commercial/g, "nc")
    .replace(/share-?alike/g, "sa")
    .replace(/no-?deriv(ative)?s?/g, "nd");
  const match = /\bcc[\s-]*(by(?:[\s-]*(?:nc|sa|nd))*)\b(?:[\s-]*(?:v(?:ersion)?\s*)?(\d(?:\.\d)?))?/.exec(words) ?? /^(by(?:[\s-]*(?:nc|sa|nd))*)\b(?:[\s-]*(\d(?:\.\d)?))?/.exec(words);
  if (match) {
    const parts = match[1]!.split(/[\s-]+/).filter(Boolean);
    const kind = ["by", ...["nc", "sa", "nd"].filter((p) => parts.includes(p))].join("-");
    const version = match[2] ? (match[2].includes(".") ? match[2] : `${match[2]}.0`) : undefined;
    if (!(KINDS as readonly string[]).includes(kind)) return { ok: false, reason: `"${raw}" combines ShareAlike with NoDerivatives, which no Creative Commons licence does` };
    if (version && !VERSIONS.includes(version)) return { ok: false, reason: `"${raw}" names a Creative Commons version that does not exist` };
    return { ok: true, uri: uriOf(kind, version ?? "4.0"), assumedVersion: !version };
  }
  return { ok: false, reason: `"${raw}" is not an open Creative Commons licence` };
}

// Short label for a canonical URI: "CC BY-NC-SA 4.0", "CC0 1.0", "Public Domain Mark 1.0".
export function licenseLabel(uri: string): string {
  if (uri === CC0) return "CC0 1.0";
  if (uri === PUBLIC_DOMAIN_MARK) return "Public Domain Mark 1.0";
  const m = /licenses\/([a-z-]+)\/(\d\.\d)\/$/.exec(uri);
  return m ? `CC ${m[1]!.toUpperCase()} ${m[2]}` : uri;
}
