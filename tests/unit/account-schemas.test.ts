import { describe, expect, it } from "vitest";
import { ZEmail, ZInvitation, ZPassword, ZRegistration } from "@/lib/schemas/account";
import { ZInstitutionForm } from "@/lib/schemas/admin";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("password rules", () => {
  it("accepts a long, uncommon password", () => {
    expect(ZPassword.safeParse("correct horse battery staple").success).toBe(true);
  });
  it.each([
    ["short", "Use at least 10 characters."],
    ["1234567890", "This password is too common: choose another."],
    ["Password123", "This password is too common: choose another."],
    ["aaaaaaaaaaaa", "Use more varied characters."],
    ["x".repeat(201), "Use at most 200 characters."],
  ])("refuses %j", (password, message) => {
    expect(messages(ZPassword.safeParse(password))).toContain(message);
  });
});

describe("email addresses", () => {
  it("normalises case and spaces", () => {
    expect(ZEmail.parse("  Aziza.Karimova@TUIT.uz ")).toBe("aziza.karimova@tuit.uz");
  });
  it.each(["not-an-email", "a@b", "@tuit.uz", `${"a".repeat(250)}@tuit.uz`, "a b@tuit.uz"])("refuses %j", (email) => {
    expect(ZEmail.safeParse(email).success).toBe(false);
  });
});

describe("registration and invitation forms", () => {
  it("reports every wrong field", () => {
    const result = ZRegistration.safeParse({ name: "", email: "nope", password: "123" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "password"]);
  });
  it("refuses an unknown role with a message naming the roles", () => {
    expect(messages(ZInvitation.safeParse({ email: "a@tuit.uz", role: "SUPERUSER", institution: "tuit" }))).toContain(
      "Choose a role: STUDENT, CONTRIBUTOR, LIBRARIAN or ADMIN.",
    );
  });
});

describe("institution form", () => {
  it("splits and checks e-mail domains", () => {
    const parsed = ZInstitutionForm.parse({ countryCode: "uz", slug: "Samdu", nameEn: "Samarkand State University", emailDomains: "samdu.uz, student.samdu.uz  samdu.uz" });
    expect(parsed).toMatchObject({ countryCode: "UZ", slug: "samdu", emailDomains: ["samdu.uz", "student.samdu.uz"] });
    expect(ZInstitutionForm.safeParse({ countryCode: "UZ", slug: "x1", nameEn: "X", emailDomains: "@samdu.uz" }).success).toBe(false);
  });
});
