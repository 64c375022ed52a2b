import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type TProps = { pathname: string; query: Record<string, string | undefined>; page: number; total: number; pageSize: number };

// Previous and next links for long lists (search results, users, the audit log), keeping the
// other parameters of the address; page 1 has none of its own.
export async function PageLinks({ pathname, query, page, total, pageSize }: TProps) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const [t, format] = await Promise.all([getTranslations("Pagination"), getFormatter()]);
  const kept = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "" && entry[0] !== "page"));
  const href = (to: number) => ({ pathname, query: to === 1 ? kept : { ...kept, page: String(to) } });
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pages))} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("position", { page: format.number(page), pages: format.number(pages) })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
