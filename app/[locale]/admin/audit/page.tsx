import type { Metadata } from "next";
import { ZListQuery } from "@/lib/schemas/admin";
import { requireViewer } from "@/lib/server/auth/require-viewer";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit log" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

type TProps = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: TProps) {
  const viewer = await requireViewer("staff", "/admin/audit");
  const query = ZListQuery.parse(await searchParams);
  const { events, total } = await listAuditEvents({ viewer, country: query.country, page: query.page });
  return (
    <section>
      <h1>Audit log</h1>
      <p>{total} event{total === 1 ? "" : "s"}, newest first. Times in UTC.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={String(e.id)}>
              <td>{dateFormat.format(e.createdAt)}</td>
              <td>{e.actor ? `${e.actor.name} (${e.actor.email})` : "system"}</td>
              <td>
                {e.action}
                <br />
                <small>
                  {e.entityType} {e.entityId}
                  {e.countryCode ? ` · ${e.countryCode}` : ""}
                </small>
              </td>
              <td><code>{e.before ? JSON.stringify(e.before) : ""}</code></td>
              <td><code>{e.after ? JSON.stringify(e.after) : ""}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
