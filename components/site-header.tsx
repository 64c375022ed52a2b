import Link from "next/link";
import { isStaff } from "@/lib/authz/can";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { readCsrfToken } from "@/lib/server/auth/read-csrf-token";
import { SearchBox } from "./search-box";

export async function SiteHeader() {
  const viewer = await getViewer();
  const csrfToken = viewer ? await readCsrfToken() : null;
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Kitab
      </Link>
      <span className="tagline">Open educational resources of Central Asia</span>
      <SearchBox />
      <nav aria-label="Account" className="account-nav">
        {viewer ? (
          <>
            <Link href="/profile" className="who">
              {viewer.name} <span className="role">({viewer.role.toLowerCase()})</span>
            </Link>
            {viewer.role !== "STUDENT" ? <Link href="/my">My resources</Link> : null}
            {isStaff(viewer) ? <Link href="/review">Review</Link> : null}
            {isStaff(viewer) ? <Link href="/stats">Statistics</Link> : null}
            {isStaff(viewer) ? <Link href="/admin">Administration</Link> : null}
            <form method="post" action="/api/auth/signout">
              <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
              <input type="hidden" name="callbackUrl" value="/" />
              <button type="submit" className="link-button">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/signin">Sign in</Link>
            <Link href="/register">Register</Link>
          </>
        )}
      </nav>
    </header>
  );
}
