import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/server/auth/hash-password";
import type { TDb } from "@/lib/server/database/create-db";
import type { TRole } from "@/lib/authz/types";
import { createTestResource, createTestUser } from "./factories";
import { HttpSession } from "./http-session";

export const WORLD_PASSWORD = "yomon-kirish-sinovi-2026";

// A documentation address (RFC 5737) per session, so per-IP sign-in and search limits of one
// session do not spill into another's.
const someIp = () => `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;

export async function signedInAs(db: TDb, baseUrl: string, role: TRole, country: string | null) {
  const passwordHash = await hashPassword(WORLD_PASSWORD);
  const user = await createTestUser(db, { role, country, passwordHash });
  const session = new HttpSession(baseUrl, { "x-forwarded-for": someIp() });
  const response = await session.signIn(user.email, WORLD_PASSWORD);
  if (response.status !== 302 || response.headers.get("location")?.includes("error=")) throw new Error(`sign-in of ${user.email} failed`);
  return { user, session };
}

// A file row with an object key that exists nowhere: enough to ask for its download (a
// refused request never reaches the store).
async function addFile(db: TDb, resourceId: string) {
  return db.resourceFile.create({
    data: { resourceId, objectKey: `bad-input-${randomUUID()}`, originalName: "secret.pdf", size: 10n, mediaType: "application/pdf", sha256: randomBytes(32).toString("hex") },
  });
}

// Two countries' libraries: UZ people (the attackers) and KZ's private resources (a draft,
// one in review, a rejected one, a network-only published one), each with a file, plus a
// KZ collection; and a UZ contributor's own draft for the cases that may write.
export async function seedWorld(db: TDb, baseUrl: string) {
  const [uzContributor, uzLibrarian, kzContributor, kzLibrarian] = await Promise.all([
    signedInAs(db, baseUrl, "CONTRIBUTOR", "UZ"),
    signedInAs(db, baseUrl, "LIBRARIAN", "UZ"),
    signedInAs(db, baseUrl, "CONTRIBUTOR", "KZ"),
    signedInAs(db, baseUrl, "LIBRARIAN", "KZ"),
  ]);
  const kz = (status: "DRAFT" | "SUBMITTED" | "REJECTED" | "PUBLISHED", visibility: "PUBLIC" | "NETWORK" = "PUBLIC") =>
    createTestResource(db, { country: "KZ", status, visibility, uploaderId: kzContributor.user.id });
  const kzDraft = await kz("DRAFT");
  const kzInReview = await kz("SUBMITTED");
  const kzRejected = await kz("REJECTED");
  const kzNetwork = await kz("PUBLISHED", "NETWORK");
  const kzPublic = await kz("PUBLISHED");
  const files = {
    draft: await addFile(db, kzDraft.id),
    inReview: await addFile(db, kzInReview.id),
    rejected: await addFile(db, kzRejected.id),
    network: await addFile(db, kzNetwork.id),
  };
  const uzDraft = await createTestResource(db, { country: "UZ", uploaderId: uzContributor.user.id, title: "O'zbek qoralama" });
  const kzLibrary = await db.library.findUniqueOrThrow({ where: { countryCode: "KZ" } });
  const kzCollection = await db.collection.create({
    data: { libraryId: kzLibrary.id, slug: `bad-input-${randomBytes(4).toString("hex")}`, title: { en: "KZ collection" }, curatorId: kzLibrarian.user.id },
  });
  return { uzContributor, uzLibrarian, kzContributor, kzLibrarian, kzDraft, kzInReview, kzRejected, kzNetwork, kzPublic, files, uzDraft, kzCollection };
}
export type TWorld = Awaited<ReturnType<typeof seedWorld>>;
