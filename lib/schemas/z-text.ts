import { z } from "zod";
import { hasLoneSurrogate } from "@/lib/text/has-lone-surrogate";
import { stripControlCharacters } from "@/lib/text/strip-control-characters";

// Free text from a form or the API: whole characters only (half a surrogate pair is refused,
// PostgreSQL's jsonb would refuse it later), control characters dropped, trimmed, at most `max`.
export function ZText(max: number) {
  return z
    .string()
    .refine((v) => !hasLoneSurrogate(v), "Use only whole characters (this text has half of a surrogate pair).")
    .transform(stripControlCharacters)
    .pipe(z.string().trim().max(max, `Use at most ${max.toLocaleString("en")} characters.`));
}
