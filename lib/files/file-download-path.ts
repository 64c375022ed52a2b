// Where a file is downloaded from (relative to PUBLIC_URL): pages, the API, feeds and
// harvesters all link to this one route.
export const fileDownloadPath = (resourceId: string, fileId: string) => `/api/v1/resources/${resourceId}/files/${fileId}/download`;
