import "server-only";
import { readUserLocale } from "@/lib/server/users/read-user-locale";
import { writeLocaleCookie } from "@/lib/server/users/write-locale-cookie";
import { logger } from "@/lib/log/logger";

// At sign-in, a person's saved interface language becomes the browser's language cookie, so a
// new browser or device opens in it too. Without a saved one the cookie is left as it is.
// Never fails the sign-in: the language is a convenience.
export async function restoreSavedLocale(userId: string): Promise<void> {
  try {
    const locale = await readUserLocale(userId);
    if (locale) await writeLocaleCookie(locale);
  } catch (error) {
    logger.error({ err: error }, "could not restore the saved interface language");
  }
}
