import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { TMaybeViewer } from "@/lib/authz/types";
import { passesGate, type TGate } from "./authenticated";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";
import { getViewer } from "./get-viewer";
import { toFieldErrors } from "@/lib/schemas/to-field-errors";
import type { TLocale } from "@/lib/i18n/locales";
import { zodErrorMap } from "@/lib/i18n/zod-error-map";
import { toOutageError } from "@/lib/http/to-outage-error";
import { logger } from "@/lib/log/logger";

const MAX_TEXT_FILE = 1_000_000;

function cleanForm(form: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of form.entries()) if (typeof value === "string") clean.append(key, stripControlCharacters(value));
  return clean;
}

export type TActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

// Every server action goes through this: gate (Next itself checks the Origin of server
// actions), form parsing with the shared zod schema, typed errors to messages. Only an
// AppError's message reaches the user; anything else is logged.
export function authenticatedAction<S extends z.ZodType, R>(
  gate: TGate,
  schema: S,
  run: (input: z.output<S>, viewer: TMaybeViewer) => Promise<R>,
  done: (result: R) => TActionState | Promise<TActionState> = () => ({ ok: true }),
  // Forms whose fields do not map one to one onto the schema (repeated fields, per-language inputs).
  mapForm?: (form: FormData) => unknown,
) {
  return async (_previous: TActionState, form: FormData): Promise<TActionState> => {
    const raw: Record<string, string> = {};
    for (const [key, value] of form.entries()) {
      if (key.startsWith("$")) continue; // Next's own fields
      if (typeof value === "string") raw[key] = stripControlCharacters(value);
      // Uploaded text files (a CSV) arrive as their text; larger ones are refused by the schema.
      else if (value.size > 0 && value.size <= MAX_TEXT_FILE) raw[key] = stripControlCharacters(await value.text());
      else if (value.size > MAX_TEXT_FILE) raw[key] = "x".repeat(MAX_TEXT_FILE + 1);
    }
    const values = Object.fromEntries(Object.entries(raw).filter(([k]) => !/password|token/i.test(k)));
    const [t, forms, locale] = await Promise.all([getTranslations("ActionMessages"), getTranslations("ClientForms"), getLocale()]);
    try {
      const viewer = await getViewer();
      if (!passesGate(viewer, gate)) throw new AppError(viewer ? "NOT_FOUND" : "UNAUTHENTICATED", viewer ? t("notFound") : t("signInFirst"));
      const parsed = schema.safeParse(mapForm ? mapForm(cleanForm(form)) : raw, { error: zodErrorMap(locale as TLocale) });
      if (!parsed.success) {
        return { ok: false, message: forms("correctMarked"), fieldErrors: toFieldErrors(parsed.error), values };
      }
      return await done(await run(parsed.data, viewer));
    } catch (error) {
      // redirect() and notFound() work by throwing; let them through.
      if (error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) throw error;
      if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.details?.fieldErrors, values };
      if (toOutageError(error)) return { ok: false, message: t("unavailable"), values };
      logger.error({ err: error }, "server action failed");
      return { ok: false, message: t("unexpected"), values };
    }
  };
}
