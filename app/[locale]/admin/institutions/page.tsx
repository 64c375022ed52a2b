import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ActionForm } from "@/components/action-form";
import { InstitutionFields } from "@/components/institution-fields";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listInstitutions } from "@/lib/server/institutions/list-institutions";
import { createInstitutionAction } from "./actions";

export const metadata: Metadata = { title: "Institutions" };

const COUNTRIES = ["KG", "KZ", "TJ", "TM", "UZ"];

export default async function InstitutionsPage() {
  const viewer = await requireViewer("staff", "/admin/institutions");
  const institutions = await listInstitutions(viewer);
  const countries = viewer.role === "ADMIN" ? COUNTRIES : [viewer.countryCode!];
  return (
    <section>
      <h1>Institutions</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Institution</th>
            <th scope="col">Country</th>
            <th scope="col">E-mail domains</th>
            <th scope="col">Users</th>
            <th scope="col">Resources</th>
          </tr>
        </thead>
        <tbody>
          {institutions.map((i) => (
            <tr key={i.id} data-slug={i.slug}>
              <td>
                <Link href={`/admin/institutions/${i.id}`}>{pickTranslation(i.names as TTranslations, ["en"])?.text}</Link>
                <br />
                <small>
                  {i.slug}
                  {i.hostOf ? " · hosts the library" : " · partner"}
                </small>
              </td>
              <td>{i.countryCode}</td>
              <td>{i.emailDomains.join(", ") || "—"}</td>
              <td>{i._count.users}</td>
              <td>{i._count.resources}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add an institution</h2>
      <ActionForm action={createInstitutionAction} submitLabel="Add institution" className="stack narrow" aria-label="Add institution">
        <label htmlFor="inst-country">Country</label>
        <select id="inst-country" name="countryCode">
          {countries.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label htmlFor="inst-slug">Short name (used in links and CSV files)</label>
        <input id="inst-slug" name="slug" required pattern="[a-z0-9][a-z0-9-]{1,62}" maxLength={63} />
        <InstitutionFields />
      </ActionForm>
    </section>
  );
}
