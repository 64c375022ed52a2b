// The interface text is kept in one file per area and language (messages/<locale>/<area>.json),
// so translators and reviewers work on a part at a time.
export const MESSAGE_AREAS = ["common", "vocabulary", "search", "resource", "forms", "review", "account", "admin", "stats", "library"] as const;
export type TMessageArea = (typeof MESSAGE_AREAS)[number];

// Namespaces that client components read (they travel to the browser with the page); every
// other namespace stays on the server.
export const CLIENT_NAMESPACES = ["ErrorPage", "ClientForms", "ClientResource", "ClientAccount"] as const;
