/** A read rate as the dashboard shows it: a whole percent 0–100, or null (missing or out of range). */
export const toRate = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) || v < 0 || v > 100 ? null : Math.round(v));
