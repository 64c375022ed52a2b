import type { Metadata } from "next";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Accept your invitation" };

type TProps = { searchParams: Promise<{ token?: string }> };

export default async function AcceptInvitationPage({ searchParams }: TProps) {
  const { token = "" } = await searchParams;
  return (
    <section className="narrow">
      <h1>Welcome to Kitab</h1>
      <p>A librarian invited you. Choose your password to finish.</p>
      <AcceptForm token={token} />
    </section>
  );
}
