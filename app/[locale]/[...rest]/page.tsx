import { notFound } from "next/navigation";

// Any address no page answers: the localized "not found" page inside the site's layout.
export default function UnknownPage() {
  notFound();
}
