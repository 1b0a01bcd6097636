import type { ValueTransformer } from 'typeorm';

/** `bigint` columns arrive from pg as strings; amounts in EUR fit a JS number exactly (< 2^53). */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
