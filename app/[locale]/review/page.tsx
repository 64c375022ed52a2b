import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { TYPES } from "@/lib/schemas/resource";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { listReviewQueue } from "@/lib/server/resources/list-review-queue";
import { listFailedFiles } from "@/lib/server/processing/list-failed-files";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer("staff", "/review");
  const { institution, type } = await searchParams;
  const [queue, institutions, failed] = await Promise.all([
    listReviewQueue({ viewer, institution: institution?.slice(0, 64), type: type?.slice(0, 32) }),
    listInstitutions(viewer),
    listFailedFiles({ viewer }),
  ]);
  return (
    <section>
      <h1>Review queue</h1>
      <form method="get" className="inline-form" aria-label="Filter the queue">
        <label htmlFor="filter-institution">Institution</label>
        <select id="filter-institution" name="institution" defaultValue={institution ?? ""}>
          <option value="">all</option>
          {institutions.map((i) => (
            <option key={i.slug} value={i.slug}>{i.slug}</option>
          ))}
        </select>
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" defaultValue={type ?? ""}>
          <option value="">all</option>
          {Object.keys(TYPES).map((t) => (
            <option key={t} value={t}>{t.replace("_", " ")}</option>
          ))}
        </select>
        <button type="submit">Filter</button>
      </form>
      <p>{queue.length} submission{queue.length === 1 ? "" : "s"} waiting, oldest first.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Institution</th>
            <th scope="col">Contributor</th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {queue.map((r) => (
            <tr key={r.id} data-resource-id={r.id}>
              <td><Link href={`/resources/${r.id}`}>{pickTranslation(r.title as TTranslations, r.languages)?.text}</Link></td>
              <td>{r.library.countryCode} · {r.institution.slug}</td>
              <td>{r.uploader?.name ?? "—"}</td>
              <td>{r.submittedAt ? dateFormat.format(r.submittedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failed.length ? (
        <section aria-labelledby="failed-heading" data-testid="failed-files">
          <h2 id="failed-heading">Files whose processing failed</h2>
          <p>Their text could not be taken out after every retry; re-run processing on the resource page, or replace the file.</p>
          <ul>
            {failed.map((f) => (
              <li key={f.id}>
                <Link href={`/resources/${f.resource.id}`}>{pickTranslation(f.resource.title as TTranslations, f.resource.languages)?.text}</Link> · {f.originalName}: {f.processingError}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
