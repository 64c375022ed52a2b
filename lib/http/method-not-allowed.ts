// The answer for a method a route does not have: 405 with the methods it does have, and a
// message, in the API's error shape (Next's own 405 has an empty body).
export function methodNotAllowed(allow: string) {
  return async (): Promise<Response> =>
    Response.json(
      { error: { code: "METHOD_NOT_ALLOWED", message: `This address answers ${allow.replace(/, ([^,]*)$/, " and $1")} only.` } },
      { status: 405, headers: { Allow: allow, "Cache-Control": "no-store" } },
    );
}
