import Link from "next/link";

export default function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is nothing at this address, or it is not yours to see. <Link href="/">Back to the libraries</Link>
      </p>
    </section>
  );
}
