import { stripControlCharacters } from "./strip-control-characters";

// The form in which e-mail addresses are stored and compared.
export function normalizeEmail(value: string): string {
  return stripControlCharacters(value).trim().toLowerCase().slice(0, 254);
}
