import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links and redirects that keep the viewer's language in the address.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
