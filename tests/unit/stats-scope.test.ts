import { describe, expect, it } from "vitest";
import { assertStatsScope, defaultStatsScope, NETWORK, scopeCountry } from "@/lib/authz/stats-scope";
import type { TRole, TViewer } from "@/lib/authz/types";
import { AppError } from "@/lib/errors";

const viewer = (role: TRole, countryCode: string | null = "UZ"): TViewer => ({ id: role, email: `${role}@x`, name: role, role, institutionId: "i", countryCode });

// The code a refusal carries, or "ok".
function outcome(who: TViewer | null, scope: string): string {
  try {
    assertStatsScope(who, scope);
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe("who may read which statistics", () => {
  it("lets a librarian read their own library only: another is not found, the network forbidden", () => {
    const uz = viewer("LIBRARIAN", "UZ");
    expect(outcome(uz, "UZ")).toBe("ok");
    expect(outcome(uz, "KZ")).toBe("NOT_FOUND");
    expect(outcome(uz, NETWORK)).toBe("FORBIDDEN");
    expect(outcome(viewer("LIBRARIAN", null), "UZ")).toBe("NOT_FOUND");
  });

  it("lets an admin read any library and the network", () => {
    for (const scope of ["UZ", "KZ", "TM", NETWORK]) expect(outcome(viewer("ADMIN", null), scope)).toBe("ok");
    expect(outcome(viewer("ADMIN", "KZ"), "UZ")).toBe("ok");
  });

  it("gives students, contributors and visitors nothing", () => {
    for (const role of ["STUDENT", "CONTRIBUTOR"] as const) {
      expect(outcome(viewer(role), "UZ")).toBe("NOT_FOUND");
      expect(outcome(viewer(role), NETWORK)).toBe("NOT_FOUND");
    }
    expect(outcome(null, "UZ")).toBe("UNAUTHENTICATED");
    expect(outcome(null, NETWORK)).toBe("UNAUTHENTICATED");
  });

  it("starts a librarian on their library and an admin on the network", () => {
    expect(defaultStatsScope(viewer("LIBRARIAN", "KG"))).toBe("KG");
    expect(defaultStatsScope(viewer("ADMIN", "KZ"))).toBe(NETWORK);
    expect(scopeCountry(NETWORK)).toBeNull();
    expect(scopeCountry("TJ")).toBe("TJ");
  });
});
