import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { ROLES } from "@/lib/authz/types";
import { LIBRARIAN_ASSIGNABLE } from "@/lib/authz/can";
import { ZListQuery } from "@/lib/schemas/admin";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { listUsers } from "@/lib/server/users/list-users";
import { importCsvAction, inviteAction, setActiveAction, updateAccessAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

type TProps = { searchParams: Promise<Record<string, string | undefined>> };

export default async function UsersPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/admin/users");
  const query = ZListQuery.parse(await searchParams);
  const [{ users, total, page, pageSize }, institutions] = await Promise.all([
    listUsers({ viewer, q: query.q, country: query.country, page: query.page }),
    listInstitutions(viewer),
  ]);
  const roles = viewer.role === "ADMIN" ? ROLES : LIBRARIAN_ASSIGNABLE;
  const institutionOptions = institutions.map((i) => (
    <option key={i.slug} value={i.slug}>
      {i.countryCode} · {pickTranslation(i.names as TTranslations, ["en"])?.text}
    </option>
  ));
  return (
    <section>
      <h1>Users</h1>
      <form method="get" className="inline-form" role="search">
        <label htmlFor="user-q">Search by name or email</label>
        <input id="user-q" name="q" defaultValue={query.q} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p>
        {total} account{total === 1 ? "" : "s"}
        {total > pageSize ? ` (page ${page} of ${Math.ceil(total / pageSize)})` : ""}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Name and email</th>
            <th scope="col">Role and institution</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <td>
                {user.name}
                <br />
                <small>{user.email}</small>
                {user.isDemo ? <small> · demo</small> : null}
              </td>
              <td>
                {/* Keyed by value: after a save, React resets the form to its old defaults; the key brings in the new ones. */}
                <ActionForm action={updateAccessAction} submitLabel="Save" className="inline-form" aria-label={`Change access for ${user.email}`}>
                  <input type="hidden" name="userId" value={user.id} />
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>Role</label>
                  <select key={user.role} id={`role-${user.id}`} name="role" defaultValue={user.role}>
                    {[...new Set([...roles, user.role])].map((r) => (
                      <option key={r} value={r}>{r.toLowerCase()}</option>
                    ))}
                  </select>
                  <label className="visually-hidden" htmlFor={`inst-${user.id}`}>Institution</label>
                  <select key={user.institution?.slug ?? ""} id={`inst-${user.id}`} name="institution" defaultValue={user.institution?.slug ?? ""}>
                    {viewer.role === "ADMIN" ? <option value="">(none: network admin)</option> : null}
                    {institutionOptions}
                  </select>
                </ActionForm>
              </td>
              <td>
                {user.active ? "active" : "deactivated"}
                {user.emailVerifiedAt ? "" : " · not confirmed"}
                <ActionForm action={setActiveAction} submitLabel={user.active ? "Deactivate" : "Activate"} aria-label={`Activation of ${user.email}`}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Invite someone</h2>
      <ActionForm action={inviteAction} submitLabel="Send invitation" className="stack narrow" aria-label="Invite">
        <label htmlFor="invite-email">Email</label>
        <input id="invite-email" name="email" type="email" required maxLength={254} />
        <label htmlFor="invite-name">Name (optional)</label>
        <input id="invite-name" name="name" maxLength={120} />
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" name="role" defaultValue="CONTRIBUTOR">
          {roles.map((r) => (
            <option key={r} value={r}>{r.toLowerCase()}</option>
          ))}
        </select>
        <label htmlFor="invite-institution">Institution</label>
        <select id="invite-institution" name="institution">{institutionOptions}</select>
      </ActionForm>

      <h2>Invite many from a CSV file</h2>
      <p>
        A header row naming the columns <code>email</code>, <code>name</code> (optional), <code>role</code> and{" "}
        <code>institution</code> (the short name, e.g. <code>{institutions[0]?.slug ?? "tuit"}</code>), then one person per row. If any row is
        wrong, nobody is invited and every wrong row is listed.
      </p>
      <ActionForm action={importCsvAction} submitLabel="Import and invite" className="stack" aria-label="Import CSV">
        <label htmlFor="csv-file">CSV file</label>
        <input id="csv-file" name="csvFile" type="file" accept=".csv,text/csv" />
        <label htmlFor="csv-text">…or paste it here</label>
        <textarea id="csv-text" name="csv" rows={6} maxLength={1_000_000} />
      </ActionForm>
    </section>
  );
}
