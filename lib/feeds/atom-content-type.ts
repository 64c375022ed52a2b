export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
