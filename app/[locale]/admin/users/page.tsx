import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { ROLES } from "@/lib/authz/types";
import { LIBRARIAN_ASSIGNABLE } from "@/lib/authz/can";
import { ZListQuery } from "@/lib/schemas/admin";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { listUsers } from "@/lib/server/users/list-users";
import { PageLinks } from "@/components/page-links";
import { importCsvAction, inviteAction, setActiveAction, updateAccessAction } from "./actions";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminUsers" });
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/admin/users");
  const query = ZListQuery.parse(await searchParams);
  const [{ users, total, page, pageSize }, institutions, t, vocabulary, languages] = await Promise.all([
    listUsers({ viewer, q: query.q, country: query.country, page: query.page }),
    listInstitutions(viewer),
    getTranslations("AdminUsers"),
    getVocabulary(),
    getContentLanguages(),
  ]);
  const roles = viewer.role === "ADMIN" ? ROLES : LIBRARIAN_ASSIGNABLE;
  // Grouped by country (the list comes sorted by it), each name in the viewer's language where there is one.
  const countries = [...new Set(institutions.map((i) => i.countryCode))];
  const institutionOptions = countries.map((country) => (
    <optgroup key={country} label={vocabulary.country(country)}>
      {institutions
        .filter((i) => i.countryCode === country)
        .map((i) => {
          const name = pickTranslation(i.names as TTranslations, languages);
          return (
            <option key={i.slug} value={i.slug} lang={name?.lang}>
              {name?.text ?? i.slug}
            </option>
          );
        })}
    </optgroup>
  ));
  return (
    <section>
      <h1>{t("title")}</h1>
      <form method="get" className="inline-form" role="search">
        <label htmlFor="user-q">{t("searchLabel")}</label>
        <input id="user-q" name="q" defaultValue={query.q} maxLength={200} />
        <button type="submit">{t("search")}</button>
      </form>
      <p>{t("count", { count: total })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("nameAndEmail")}</th>
            <th scope="col">{t("roleAndInstitution")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <td>
                {user.name}
                <br />
                <small>{user.email}</small>
                {user.isDemo ? <small> · {t("demo")}</small> : null}
              </td>
              <td>
                {/* Keyed by value: after a save, React resets the form to its old defaults; the key brings in the new ones. */}
                <ActionForm action={updateAccessAction} submitLabel={t("save")} className="inline-form" aria-label={t("changeAccessFor", { email: user.email })}>
                  <input type="hidden" name="userId" value={user.id} />
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>{t("role")}</label>
                  <select key={user.role} id={`role-${user.id}`} name="role" defaultValue={user.role}>
                    {[...new Set([...roles, user.role])].map((r) => (
                      <option key={r} value={r}>{vocabulary.role(r)}</option>
                    ))}
                  </select>
                  <label className="visually-hidden" htmlFor={`inst-${user.id}`}>{t("institution")}</label>
                  <select key={user.institution?.slug ?? ""} id={`inst-${user.id}`} name="institution" defaultValue={user.institution?.slug ?? ""}>
                    {viewer.role === "ADMIN" ? <option value="">{t("noInstitution")}</option> : null}
                    {institutionOptions}
                  </select>
                </ActionForm>
              </td>
              <td>
                {user.active ? t("active") : t("deactivated")}
                {user.emailVerifiedAt ? "" : ` · ${t("notConfirmed")}`}
                <ActionForm action={setActiveAction} submitLabel={user.active ? t("deactivate") : t("activate")} aria-label={t("activationOf", { email: user.email })}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PageLinks pathname="/admin/users" query={{ q: query.q, country: query.country }} page={page} total={total} pageSize={pageSize} />

      <h2>{t("inviteTitle")}</h2>
      <ActionForm action={inviteAction} submitLabel={t("sendInvitation")} className="stack narrow" aria-label={t("inviteForm")}>
        <label htmlFor="invite-email">{t("email")}</label>
        <input id="invite-email" name="email" type="email" required maxLength={254} />
        <label htmlFor="invite-name">{t("nameOptional")}</label>
        <input id="invite-name" name="name" maxLength={120} />
        <label htmlFor="invite-role">{t("role")}</label>
        <select id="invite-role" name="role" defaultValue="CONTRIBUTOR">
          {roles.map((r) => (
            <option key={r} value={r}>{vocabulary.role(r)}</option>
          ))}
        </select>
        <label htmlFor="invite-institution">{t("institution")}</label>
        <select id="invite-institution" name="institution">{institutionOptions}</select>
      </ActionForm>

      <h2>{t("csvTitle")}</h2>
      <p>
        {t.rich("csvHelp", {
          code: (chunks) => <code>{chunks}</code>,
          email: "email",
          name: "name",
          role: "role",
          institution: "institution",
          example: institutions[0]?.slug ?? "tuit",
        })}
      </p>
      <ActionForm action={importCsvAction} submitLabel={t("importAndInvite")} className="stack" aria-label={t("importForm")}>
        <label htmlFor="csv-file">{t("csvFile")}</label>
        <input id="csv-file" name="csvFile" type="file" accept=".csv,text/csv" />
        <label htmlFor="csv-text">{t("csvText")}</label>
        <textarea id="csv-text" name="csv" rows={6} maxLength={1_000_000} />
      </ActionForm>
    </section>
  );
}
