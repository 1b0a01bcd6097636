import type { ValueTransformer } from 'typeorm';

/** `numeric` columns come back from pg as strings; scores fit a double exactly enough (0.001 steps). */
export const decimalNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
