const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// oai:<repository identifier>:<resource id> (the oai-identifier scheme, with the public host).
export const toOaiIdentifier = (repositoryIdentifier: string, id: string) => `oai:${repositoryIdentifier}:${id}`;

// The resource id inside an identifier of this repository, or null.
export function fromOaiIdentifier(repositoryIdentifier: string, identifier: string): string | null {
  const prefix = `oai:${repositoryIdentifier}:`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length).toLowerCase();
  return UUID.test(id) ? id : null;
}
