import type { Metadata } from "next";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "Confirm your email" };

type TProps = { searchParams: Promise<{ token?: string }> };

// The link only opens this page; the confirmation is a POST, so mail scanners that fetch
// links do not use it up.
export default async function VerifyEmailPage({ searchParams }: TProps) {
  const { token = "" } = await searchParams;
  return (
    <section className="narrow">
      <h1>Confirm your email address</h1>
      <VerifyForm token={token} />
    </section>
  );
}
