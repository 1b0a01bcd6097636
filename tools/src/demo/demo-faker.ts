import { Faker, base, de, en } from '@faker-js/faker';

/** The seed of the demo data: the same seed (and date) gives the same records. */
export const DEMO_SEED = 4109;

/** A faker of its own (German first, English where German has no data), so seeding is local. */
export function createDemoFaker(seed: number = DEMO_SEED): Faker {
  return new Faker({ locale: [de, en, base], seed });
}

/** A whole number in [min, max] spread on a log scale (amounts, team sizes), rounded to `step`. */
export function logUniform(faker: Faker, min: number, max: number, step = 1): number {
  if (max <= min) return min;
  const low = Math.log(Math.max(min, 1));
  const value = Math.exp(low + faker.number.float({ min: 0, max: 1 }) * (Math.log(max) - low));
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}
