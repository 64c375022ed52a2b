import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Register" };

export default function RegisterPage() {
  return (
    <section className="narrow">
      <h1>Register</h1>
      <p>Students and staff of the partner institutions register with their university email address.</p>
      <RegisterForm />
      <p>
        Already registered? <Link href="/signin">Sign in</Link>.
      </p>
    </section>
  );
}
