import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kitab — open educational resources of Central Asia", template: "%s · Kitab" },
  description:
    "The virtual library of open educational resources of partner universities in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
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
        </footer>
      </body>
    </html>
  );
}
