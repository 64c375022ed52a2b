import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getContentLanguages } from "@/lib/i18n/get-content-languages";
import { getVocabulary } from "@/lib/i18n/get-vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { TYPES } from "@/lib/schemas/resource";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { listReviewQueue } from "@/lib/server/resources/list-review-queue";
import { listFailedFiles } from "@/lib/server/processing/list-failed-files";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ReviewQueuePage" });
  return { title: t("title") };
}

export default async function ReviewPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/review");
  const { institution, type } = await searchParams;
  const [queue, institutions, failed] = await Promise.all([
    listReviewQueue({ viewer, institution: institution?.slice(0, 64), type: type?.slice(0, 32) }),
    listInstitutions(viewer),
    listFailedFiles({ viewer }),
  ]);
  const [t, format, vocabulary, languages] = await Promise.all([getTranslations("ReviewQueuePage"), getFormatter(), getVocabulary(), getContentLanguages()]);
  const title = (texts: unknown) => {
    const picked = pickTranslation(texts as TTranslations, languages);
    return <span lang={picked?.lang}>{picked?.text}</span>;
  };
  return (
    <section>
      <h1>{t("title")}</h1>
      <form method="get" className="inline-form" aria-label={t("filterLabel")}>
        <label htmlFor="filter-institution">{t("institution")}</label>
        <select id="filter-institution" name="institution" defaultValue={institution ?? ""}>
          <option value="">{t("all")}</option>
          {institutions.map((i) => (
            <option key={i.slug} value={i.slug}>{i.slug}</option>
          ))}
        </select>
        <label htmlFor="filter-type">{t("type")}</label>
        <select id="filter-type" name="type" defaultValue={type ?? ""}>
          <option value="">{t("all")}</option>
          {Object.keys(TYPES).map((key) => (
            <option key={key} value={key}>{vocabulary.type(key)}</option>
          ))}
        </select>
        <button type="submit">{t("filter")}</button>
      </form>
      <p>{t("waiting", { count: queue.length })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("resource")}</th>
            <th scope="col">{t("institution")}</th>
            <th scope="col">{t("contributor")}</th>
            <th scope="col">{t("submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {queue.map((r) => (
            <tr key={r.id} data-resource-id={r.id}>
              <td><Link href={`/resources/${r.id}`}>{title(r.title)}</Link></td>
              <td>{r.library.countryCode} · {r.institution.slug}</td>
              <td>{r.uploader?.name ?? "—"}</td>
              <td>{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium" }) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failed.length ? (
        <section aria-labelledby="failed-heading" data-testid="failed-files">
          <h2 id="failed-heading">{t("failedHeading")}</h2>
          <p>{t("failedText")}</p>
          <ul>
            {failed.map((f) => (
              <li key={f.id}>
                <Link href={`/resources/${f.resource.id}`}>{title(f.resource.title)}</Link> · {f.originalName}: {f.processingError}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
