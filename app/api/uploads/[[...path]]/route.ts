import { getTusServer } from "@/lib/server/files/get-tus-server";

export const dynamic = "force-dynamic";

// tus 1.0 resumable uploads (see lib/server/files/get-tus-server.ts). GET is not offered: a
// finished file is downloaded through its resource, with its permissions.
const handle = (request: Request) => getTusServer().handleWeb(request);

export { handle as POST, handle as PATCH, handle as HEAD, handle as DELETE, handle as OPTIONS };
