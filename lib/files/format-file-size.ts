import type { createFormatter } from "next-intl";

type TFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

const UNITS = ["kilobyte", "megabyte", "gigabyte"] as const;

// A file size in the viewer's language ("1.5 MB", "1,5 МБ"), in steps of 1024 as before.
export function formatFileSize(bytes: number, format: TFormatter): string {
  if (bytes < 1024) return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long" });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return format.number(value, { style: "unit", unit: UNITS[unit], maximumFractionDigits: 1 });
}
