import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Profile" };
export const dynamic = "force-dynamic";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ProfilePage() {
  const viewer = await requireViewer("signedIn", "/profile");
  const tokens = await listApiTokens(viewer);
  return (
    <section>
      <h1>{viewer.name}</h1>
      <p>
        {viewer.email} · {viewer.role.toLowerCase()}
        {viewer.countryCode ? ` · ${viewer.countryCode}` : ""}
      </p>
      <h2>API tokens</h2>
      <p>
        Scripts use the JSON API with <code>Authorization: Bearer &lt;token&gt;</code>; a token acts as you, with your current role.
      </p>
      <ul>
        {tokens.map((t) => (
          <li key={t.id} data-token-name={t.name}>
            {t.name} · created {dateFormat.format(t.createdAt)} UTC · {t.lastUsedAt ? `last used ${dateFormat.format(t.lastUsedAt)} UTC` : "never used"}
            <ActionForm action={revokeTokenAction} submitLabel="Revoke" className="inline-form" aria-label={`Revoke ${t.name}`}>
              <input type="hidden" name="id" value={t.id} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <ActionForm action={createTokenAction} submitLabel="Create token" className="stack narrow" aria-label="Create token">
        <label htmlFor="token-name">Name</label>
        <input id="token-name" name="name" maxLength={100} required />
      </ActionForm>
    </section>
  );
}
