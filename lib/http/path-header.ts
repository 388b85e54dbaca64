// The path of the request, set by proxy.ts (over anything the client sent under this name) so
// that server components, which are not told their URL, can write it to the audit log.
export const PATH_HEADER = 'x-waypoint-path';
