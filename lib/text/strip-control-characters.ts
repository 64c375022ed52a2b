// PostgreSQL refuses NUL in text, and no form field needs control characters other than
// tab and line breaks: they are dropped from all user input before it goes anywhere.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL, "");
}
