import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { TTranslations } from "@/lib/schemas/translations";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listLibrariesForAdmin } from "@/lib/server/libraries/list-libraries-for-admin";
import { setHostAction } from "./actions";

export const metadata: Metadata = { title: "Libraries" };

export default async function LibrariesAdminPage() {
  await requireViewer("admin", "/admin/libraries");
  const libraries = await listLibrariesForAdmin();
  return (
    <section>
      <h1>Libraries and their hosts</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Library</th>
            <th scope="col">Host institution</th>
          </tr>
        </thead>
        <tbody>
          {libraries.map((library) => (
            <tr key={library.id} data-country={library.countryCode}>
              <td>
                {library.countryCode} · {pickTranslation(library.names as TTranslations, ["en"])?.text}
              </td>
              <td>
                <ActionForm action={setHostAction} submitLabel="Save" className="inline-form" aria-label={`Host of ${library.countryCode}`}>
                  <input type="hidden" name="countryCode" value={library.countryCode} />
                  <label className="visually-hidden" htmlFor={`host-${library.countryCode}`}>Host institution</label>
                  <select id={`host-${library.countryCode}`} name="institution" defaultValue={library.hostInstitution?.slug ?? ""}>
                    <option value="">(no host yet)</option>
                    {library.country.institutions.map((i) => (
                      <option key={i.slug} value={i.slug}>
                        {pickTranslation(i.names as TTranslations, ["en"])?.text}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
