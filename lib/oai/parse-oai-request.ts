import { OaiError } from "./oai-error";
import { parseOaiDate } from "./oai-date";

export type TOaiVerb = "Identify" | "ListMetadataFormats" | "ListSets" | "ListIdentifiers" | "ListRecords" | "GetRecord";

export type TOaiRequest =
  | { verb: "Identify" }
  | { verb: "ListMetadataFormats"; identifier?: string }
  | { verb: "ListSets"; resumptionToken?: string }
  | { verb: "GetRecord"; identifier: string; metadataPrefix: string }
  | { verb: "ListIdentifiers" | "ListRecords"; resumptionToken: string }
  | { verb: "ListIdentifiers" | "ListRecords"; metadataPrefix: string; set?: string; from?: Date; until?: Date };

// Arguments each verb takes (§4): required, optional, or exclusive (alone with the verb).
const ARGUMENTS: Record<TOaiVerb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ["identifier"] },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [] },
  ListIdentifiers: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
  ListRecords: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
};

// The request's verb and arguments, checked as the protocol says; OaiError otherwise.
// `pairs` keeps repeats, which are themselves an error.
export function parseOaiRequest(pairs: [string, string][]): TOaiRequest {
  const verbs = pairs.filter(([key]) => key === "verb").map(([, value]) => value);
  if (verbs.length !== 1) throw new OaiError("badVerb", verbs.length ? "The verb argument is repeated." : "The verb argument is missing.");
  const verb = verbs[0] as TOaiVerb;
  const rule = Object.hasOwn(ARGUMENTS, verb) ? ARGUMENTS[verb] : null;
  if (!rule) throw new OaiError("badVerb", `"${verb}" is not a verb of OAI-PMH 2.0.`);
  const args = new Map<string, string>();
  for (const [key, value] of pairs) {
    if (key === "verb") continue;
    if (args.has(key)) throw new OaiError("badArgument", `The argument "${key}" is repeated.`);
    if (![...rule.required, ...rule.optional, rule.exclusive].includes(key)) throw new OaiError("badArgument", `${verb} does not take the argument "${key}".`);
    args.set(key, value);
  }
  if (rule.exclusive && args.has(rule.exclusive)) {
    if (args.size > 1) throw new OaiError("badArgument", `${rule.exclusive} is an exclusive argument: send it alone with the verb.`);
    return { verb, resumptionToken: args.get(rule.exclusive)! } as TOaiRequest;
  }
  const missing = rule.required.filter((key) => !args.get(key));
  if (missing.length) throw new OaiError("badArgument", `${verb} needs the argument${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}.`);
  if (verb !== "ListIdentifiers" && verb !== "ListRecords") return { verb, ...Object.fromEntries(args) } as TOaiRequest;

  const from = args.has("from") ? parseOaiDate(args.get("from")!) : null;
  const until = args.has("until") ? parseOaiDate(args.get("until")!) : null;
  if (args.has("from") && !from) throw new OaiError("badArgument", `from "${args.get("from")}" is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`);
  if (args.has("until") && !until) throw new OaiError("badArgument", `until "${args.get("until")}" is not a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.`);
  if (from && until && from.granularity !== until.granularity) throw new OaiError("badArgument", "from and until must have the same granularity.");
  if (from && until && from.first > until.last) throw new OaiError("badArgument", "from is later than until.");
  return { verb, metadataPrefix: args.get("metadataPrefix")!, set: args.get("set"), from: from?.first, until: until?.last };
}
