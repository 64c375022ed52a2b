import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { ZListQuery } from "@/lib/schemas/admin";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { PageLinks } from "@/components/page-links";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminAudit" });
  return { title: t("title") };
}

// "resource.request-changes" → "resourceRequestChanges", the key of its description.
const actionKey = (action: string) => action.replace(/[.-]+(.)/g, (_, next: string) => next.toUpperCase());

export default async function AuditPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/admin/audit");
  const query = ZListQuery.parse(await searchParams);
  const [{ events, total, page, pageSize }, t, format, vocabulary] = await Promise.all([
    listAuditEvents({ viewer, country: query.country, page: query.page }),
    getTranslations("AdminAudit"),
    getFormatter(),
    getVocabulary(),
  ]);
  // The codes stay as they are stored (searchable, stable); known ones get a readable description.
  const described = (action: string) => (t.has(`actions.${actionKey(action)}`) ? t(`actions.${actionKey(action)}`) : null);
  const entity = (type: string) => (t.has(`entities.${type.toLowerCase()}`) ? t(`entities.${type.toLowerCase()}`) : type);
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("summary", { count: total })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const description = described(e.action);
            return (
              <tr key={String(e.id)}>
                <td>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}</td>
                <td>{e.actor ? t("actor", { name: e.actor.name, email: e.actor.email }) : t("system")}</td>
                <td>
                  {e.action}
                  {description ? (
                    <>
                      <br />
                      {description}
                    </>
                  ) : null}
                  <br />
                  <small>
                    {entity(e.entityType)} {e.entityId}
                    {e.countryCode ? ` · ${vocabulary.country(e.countryCode)}` : ""}
                  </small>
                </td>
                <td>
                  <code>{e.before ? JSON.stringify(e.before) : ""}</code>
                </td>
                <td>
                  <code>{e.after ? JSON.stringify(e.after) : ""}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PageLinks pathname="/admin/audit" query={{ country: query.country }} page={page} total={total} pageSize={pageSize} />
    </section>
  );
}
