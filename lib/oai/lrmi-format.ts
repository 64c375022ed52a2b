// The richer metadata format: the LRMI properties (the schema.org LearningResource terms OER
// aggregators read) as XML. Its schema is served at /oai/lrmi.xsd (public/oai/lrmi.xsd).
export const LRMI_PREFIX = "lrmi";
export const LRMI_NAMESPACE = "urn:kitab:lrmi:1.0";
export const lrmiSchemaUrl = (publicUrl: string) => `${publicUrl}/oai/lrmi.xsd`;
