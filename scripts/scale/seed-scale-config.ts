// Shared by the scale generator and the benchmark.
export const SCALE_DATABASE_URL = process.env.SCALE_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/waypoint_scale';
export const SCALE_PASSWORD = 'waypoint-scale-2026';
export const LARGEST_TRUST_NAME = 'Scale Trust 0001 (largest)';
