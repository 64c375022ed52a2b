import "server-only";
import type { TViewer } from "@/lib/authz/types";
import { parseCsv } from "@/lib/csv/parse-csv";
import { AppError } from "@/lib/errors";
import { ZInvitation, type TInvitation } from "@/lib/schemas/account";
import { inviteUsers } from "./invite-users";

const MAX_ROWS = 2000;
const REQUIRED = ["email", "role", "institution"] as const;

// Bulk invitations from CSV with a header row: email, name (optional), role, institution (slug).
export async function importUsersCsv(viewer: TViewer, csv: string) {
  let rows: string[][];
  try {
    rows = parseCsv(csv);
  } catch (error) {
    throw new AppError("VALIDATION", `The CSV cannot be read: ${(error as Error).message}`);
  }
  const [header, ...data] = rows;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new AppError("VALIDATION", `The header row must name the columns ${REQUIRED.join(", ")} (and optionally name); missing: ${missing.join(", ")}.`);
  if (data.length === 0) throw new AppError("VALIDATION", "The CSV has a header but no rows.");
  if (data.length > MAX_ROWS) throw new AppError("VALIDATION", `At most ${MAX_ROWS} rows per import.`);
  const invitations: TInvitation[] = [];
  const problems: string[] = [];
  data.forEach((cells, i) => {
    const record = Object.fromEntries(columns.map((c, j) => [c, cells[j]?.trim() || undefined]));
    record.role = record.role?.toUpperCase();
    const parsed = ZInvitation.safeParse(record);
    if (parsed.success) invitations.push(parsed.data);
    else problems.push(`Row ${i + 2}: ${parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("; ")}`);
  });
  if (problems.length) throw new AppError("VALIDATION", problems.join("\n"), { fieldErrors: { rows: problems } });
  return inviteUsers(viewer, invitations, data.map((_, i) => i + 2));
}
