import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getEnv } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kitab — open educational resources of Central Asia", template: "%s · Kitab" },
  description:
    "The virtual library of open educational resources of partner universities in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
  // Feed readers find the new-resources feed from any page (absolute: Next has no metadataBase here).
  alternates: { types: { "application/atom+xml": [{ url: `${getEnv().PUBLIC_URL}/feeds/resources.atom`, title: "New resources" }] } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Kitab · open educational resources under Creative Commons licences</p>
          <p>
            For developers and harvesters: <a href="/api">REST API</a> · <a href="/oai?verb=Identify">OAI-PMH</a> · <a href="/feeds/resources.atom">Atom feed</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
