// Stands in for `server-only` under Vitest, which is a server environment already.
export {};
