import { checkReadiness } from "@/lib/server/health/check-readiness";

export const dynamic = "force-dynamic";

// Readiness: whether this instance can serve requests now (database, storage, job queue).
// A proxy or orchestrator sends traffic only while it answers 200.
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
