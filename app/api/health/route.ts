export const dynamic = "force-dynamic";

// Liveness: the process answers requests. It does not look at the database or storage (that
// is /api/ready), so an orchestrator does not restart every replica while PostgreSQL is down.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
