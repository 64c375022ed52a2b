import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { createDb } from "@/lib/server/database/create-db";
import { createTestResource, createTestUser } from "../support/factories";
import { HttpSession } from "../support/http-session";

// Two librarians of one country publish the same submitted resource at the same moment.
const baseUrl = inject("baseUrl");
const db = createDb(inject("appDatabaseUrl"));
const ROUNDS = 6;
let librarians: HttpSession[] = [];

beforeAll(async () => {
  const password = "ikki-kutubxonachi-2026";
  const passwordHash = await hashPassword(password);
  librarians = await Promise.all(
    [0, 1].map(async () => {
      const user = await createTestUser(db, { role: "LIBRARIAN", country: "UZ", passwordHash });
      const session = new HttpSession(baseUrl, { origin: baseUrl });
      await session.signIn(user.email, password);
      return session;
    }),
  );
});

afterAll(() => db.$disconnect());

describe("two librarians publishing the same resource at once", () => {
  it("lets exactly one win; the other is told with a 409, and one event is recorded", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id, version } = await createTestResource(db, { country: "UZ", status: "SUBMITTED", title: `Bir vaqtda ${round}` });
      const answers = await Promise.all(
        librarians.map((session) =>
          session.request(`/api/v1/resources/${id}/publish`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.status === 409)!;
      const body = (await loser.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("CONFLICT");
      expect(body.error.message).toMatch(/published|changed/i);
      const winner = (await answers.find((answer) => answer.status === 200)!.json()) as { status: string };
      expect(winner.status).toBe("PUBLISHED");

      const stored = await db.resource.findUniqueOrThrow({ where: { id } });
      expect(stored.status).toBe("PUBLISHED");
      expect(stored.version).toBe(version + 1);
      expect(await db.auditEvent.count({ where: { entityId: id, action: "resource.publish" } })).toBe(1);
    }
  });
});
