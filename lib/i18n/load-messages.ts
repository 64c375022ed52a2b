import type { AbstractIntlMessages } from "next-intl";
import { DEFAULT_LOCALE, type TLocale } from "./locales";
import { MESSAGE_AREAS } from "./message-areas";

type TTree = { [key: string]: string | TTree };

async function loadLocale(locale: TLocale): Promise<TTree> {
  const parts = await Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default as TTree));
  return Object.assign({}, ...parts) as TTree;
}

// English underneath: tests keep every locale complete, but a text added and not yet translated
// shows in English rather than as its key.
function overlay(base: TTree, top: TTree): TTree {
  const out: TTree = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const under = base[key];
    out[key] = typeof value === "object" && typeof under === "object" ? overlay(under, value) : value;
  }
  return out;
}

async function merged(locale: TLocale): Promise<AbstractIntlMessages> {
  const own = await loadLocale(locale);
  return locale === DEFAULT_LOCALE ? own : overlay(await loadLocale(DEFAULT_LOCALE), own);
}

// The files do not change while the server runs: each locale is merged once, not on every request.
const loaded = new Map<TLocale, Promise<AbstractIntlMessages>>();

// One locale's messages, all areas merged (each area holds its own top-level namespaces).
export function loadMessages(locale: TLocale): Promise<AbstractIntlMessages> {
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = merged(locale)));
  return messages;
}
