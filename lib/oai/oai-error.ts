export type TOaiErrorCode = "badVerb" | "badArgument" | "badResumptionToken" | "cannotDisseminateFormat" | "idDoesNotExist" | "noRecordsMatch" | "noMetadataFormats" | "noSetHierarchy";

// A protocol error: answered with HTTP 200 and <error code="…"> as OAI-PMH 2.0 §3.6 requires
// (harvesters read the code, not the status).
export class OaiError extends Error {
  constructor(
    readonly code: TOaiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
