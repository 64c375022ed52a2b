import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";

// Harvesters get one name per thing: English, else Russian (the network's common languages),
// else any, else the fallback (a code or short name).
export const englishName = (names: unknown, fallback: string) => pickTranslation(names as TTranslations, ["en", "ru"])?.text ?? fallback;
