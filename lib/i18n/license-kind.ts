// The family of a stored Creative Commons URI, as the vocabulary names it (by-sa, cc0, pdm).
export function licenseKind(uri: string): string {
  if (/\/publicdomain\/zero\//.test(uri)) return "cc0";
  if (/\/publicdomain\/mark\//.test(uri)) return "pdm";
  return /\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\//.exec(uri)?.[1] ?? "unknown";
}
