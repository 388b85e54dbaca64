export function clientAddress(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined | null, hops: number): string | null;
export const CLIENT_ADDRESS_HEADER: 'x-waypoint-client-address';
