import { z } from "zod";
import commonPasswords from "./common-passwords.json";
import type { TRole } from "@/lib/authz/types";

const COMMON = new Set(commonPasswords as string[]);

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@university.uz."));

export const ZPassword = z
  .string()
  .min(10, { error: "Use at least 10 characters.", abort: true })
  .max(200, { error: "Use at most 200 characters.", abort: true })
  .refine((p) => !COMMON.has(p.toLowerCase()), "This password is too common: choose another.")
  .refine((p) => new Set(p).size >= 4, "Use more varied characters.");

export const ZPersonName = z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters.");

export const ZRole = z.enum(["STUDENT", "CONTRIBUTOR", "LIBRARIAN", "ADMIN"], {
  error: "Choose a role: STUDENT, CONTRIBUTOR, LIBRARIAN or ADMIN.",
}) satisfies z.ZodType<TRole>;

export const ZRegistration = z.object({ name: ZPersonName, email: ZEmail, password: ZPassword });
export type TRegistration = z.infer<typeof ZRegistration>;

export const ZSetPassword = z.object({ token: z.string().min(20).max(200), name: ZPersonName, password: ZPassword });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZUuid = z.uuid("Not a valid id.");

export const ZInvitation = z.object({
  email: ZEmail,
  name: ZPersonName.optional(),
  role: ZRole,
  institution: z.string().trim().min(1, "Choose an institution.").max(64),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZTokenForm = z.object({ token: z.string().min(20, "This link is incomplete.").max(200, "This link is not valid.") });
