import { CC0, PUBLIC_DOMAIN_MARK, licenseLabel } from "./normalize-license";

// The licences a contributor chooses from: the six CC 4.0 licences, CC0 and the Public Domain Mark.
export const LICENSE_OPTIONS = [
  ...["by", "by-sa", "by-nc", "by-nc-sa", "by-nd", "by-nc-nd"].map((k) => `https://creativecommons.org/licenses/${k}/4.0/`),
  CC0,
  PUBLIC_DOMAIN_MARK,
].map((uri) => ({ uri, label: licenseLabel(uri) }));
