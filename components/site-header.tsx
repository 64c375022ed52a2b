import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Kitab
      </Link>
      <span className="tagline">Open educational resources of Central Asia</span>
    </header>
  );
}
