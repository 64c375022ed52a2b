import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_LANGUAGES } from "@/lib/catalogue/languages";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGE_AREAS } from "@/lib/i18n/message-areas";
import { ZRole } from "@/lib/schemas/account";
import { LEVELS, TYPES } from "@/lib/schemas/resource";

// Every locale carries exactly the keys of English, with the same ICU arguments, and every
// English key is read somewhere in the code.

type TTree = { [key: string]: string | TTree };
const root = join(import.meta.dirname, "..", "..");
const read = (locale: string, area: string) => JSON.parse(readFileSync(join(root, "messages", locale, `${area}.json`), "utf8")) as TTree;

function flatten(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// The argument names of an ICU message ({count, plural, …}, {name}, <link>…</link>).
function icuArguments(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) names.add(m[1]!);
  for (const m of message.matchAll(/<([A-Za-z][\w-]*)>/g)) names.add(`<${m[1]}>`);
  return [...names].sort();
}

const english = new Map<string, string>();
const namespaceArea = new Map<string, string>();
for (const area of MESSAGE_AREAS) {
  const tree = read("en", area);
  for (const ns of Object.keys(tree)) {
    expect(namespaceArea.has(ns), `namespace ${ns} is in both ${namespaceArea.get(ns)} and ${area}`).toBe(false);
    namespaceArea.set(ns, area);
  }
  for (const [k, v] of flatten(tree)) english.set(k, v);
}

describe("translations", () => {
  it("has one file per area in every locale and nothing else", () => {
    expect(readdirSync(join(root, "messages")).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(readdirSync(join(root, "messages", locale)).sort()).toEqual(MESSAGE_AREAS.map((a) => `${a}.json`).sort());
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: the same keys as English, in the same area, with the same arguments`, () => {
      for (const area of MESSAGE_AREAS) {
        const own = flatten(read(locale, area));
        const expected = [...english.keys()].filter((k) => namespaceArea.get(k.split(".")[0]!) === area);
        expect([...own.keys()].filter((k) => !english.has(k)), `${locale}/${area}.json: keys English does not have (unused)`).toEqual([]);
        expect(expected.filter((k) => !own.has(k)), `${locale}/${area}.json: missing keys`).toEqual([]);
        for (const [key, text] of own) {
          expect(text.trim(), `${locale} ${key} is empty`).not.toBe("");
          expect(icuArguments(text), `${locale} ${key}: arguments`).toEqual(icuArguments(english.get(key)!));
        }
      }
    });
  }
});

// Source files that read messages, with the namespaces they name and every string literal in them.
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe("English keys", () => {
  const files = ["app", "components", "lib"].flatMap(sourceFiles).map((path) => readFileSync(path, "utf8"));
  const used = new Map<string, { literals: Set<string>; prefixes: string[] }>();
  for (const text of files) {
    const namespaces = [...text.matchAll(/(?:getTranslations|useTranslations)\(\s*"([A-Za-z]+)"|namespace:\s*"([A-Za-z]+)"/g)].map((m) => m[1] ?? m[2]!);
    if (!namespaces.length) continue;
    const literals = [...text.matchAll(/["']([A-Za-z][\w.-]*)["']/g)].map((m) => m[1]!);
    const prefixes = [...text.matchAll(/`([A-Za-z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);
    for (const ns of namespaces) {
      const entry = used.get(ns) ?? { literals: new Set(), prefixes: [] };
      literals.forEach((l) => entry.literals.add(l));
      entry.prefixes.push(...prefixes);
      used.set(ns, entry);
    }
  }

  it("are each read by the code", () => {
    const unused = [...english.keys()].filter((key) => {
      const [ns, ...rest] = key.split(".");
      if (ns === "Vocabulary") return false; // checked against the vocabularies below
      const path = rest.join(".");
      const entry = used.get(ns!);
      return !entry || !(entry.literals.has(path) || entry.prefixes.some((p) => path.startsWith(p)));
    });
    expect(unused).toEqual([]);
  });

  it("name every value of every translated vocabulary, and nothing else", () => {
    const group = (name: string) => [...english.keys()].filter((k) => k.startsWith(`Vocabulary.${name}.`)).map((k) => k.slice(`Vocabulary.${name}.`.length)).sort();
    expect(group("type")).toEqual(Object.keys(TYPES).sort());
    expect(group("level")).toEqual(Object.keys(LEVELS).sort());
    expect(group("role")).toEqual([...ZRole.options].sort());
    expect(group("status")).toEqual(["CHANGES_REQUESTED", "DRAFT", "PUBLISHED", "REJECTED", "SUBMITTED", "WITHDRAWN"]);
    expect(group("visibility")).toEqual(["NETWORK", "PUBLIC"]);
    expect(group("language")).toEqual(CATALOGUE_LANGUAGES.map((l) => l.tag).sort());
    expect(group("license")).toEqual(["by", "by-nc", "by-nc-nd", "by-nc-sa", "by-nd", "by-sa", "cc0", "pdm", "unknown"]);
    const network = JSON.parse(readFileSync(join(root, "prisma", "seed", "network.json"), "utf8")) as { countries: { code: string }[] };
    expect(group("country")).toEqual(network.countries.map((c) => c.code).sort());
  });
});
