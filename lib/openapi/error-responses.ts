// What each error status means across the API; every one answers the Error body.
export const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "A parameter, the cursor or the body is malformed (not JSON): error.message says which, error.fieldErrors names the parameters." },
  401: { name: "Unauthenticated", description: "Sign in first, or send a personal API token (Authorization: Bearer kitab_…)." },
  403: { name: "Forbidden", description: "Refused: a state-changing request with the session cookie from another site (Origin), or an action outside the caller's library." },
  404: { name: "NotFound", description: "Missing, or not the caller's to see or change: the two look the same." },
  409: { name: "Conflict", description: "Someone changed it meanwhile (send the current version), or its state does not allow this step, or the short name is taken." },
  413: { name: "PayloadTooLarge", description: "The body is larger than 1 MB." },
  416: { name: "RangeNotSatisfiable", description: "The Range lies outside the file; Content-Range gives its size." },
  422: { name: "ValidationFailed", description: "Some fields are not right: error.fieldErrors gives the messages per field." },
};
