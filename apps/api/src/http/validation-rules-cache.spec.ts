import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { cacheValidationRules } from './validation-rules-cache';

class Base {
  @IsInt()
  count!: unknown;
}

class Child extends Base {
  @IsString()
  @MaxLength(3)
  name!: unknown;
}

/** The failed fields and constraints of one validation, sorted. */
async function failures(object: object): Promise<string[]> {
  const errors = await validate(object);
  return errors
    .flatMap((error) => Object.keys(error.constraints ?? {}).map((c) => `${error.property}:${c}`))
    .sort();
}

function child(values: Record<string, unknown>): Child {
  return Object.assign(new Child(), values);
}

describe('cacheValidationRules', () => {
  it('validates as class-validator does, inherited rules included, and repeatedly', async () => {
    cacheValidationRules();
    cacheValidationRules();
    for (let round = 0; round < 3; round += 1) {
      expect(await failures(child({ count: 'x', name: 'long name' }))).toEqual([
        'count:isInt',
        'name:maxLength',
      ]);
      expect(await failures(child({ count: 2, name: 'ok' }))).toEqual([]);
    }
  });

  it('sees a rule registered after a class was validated', async () => {
    cacheValidationRules();
    expect(await failures(child({ count: 1, name: 'ok', extra: 5 }))).toEqual([]);
    IsString()(Base.prototype, 'extra');
    expect(await failures(child({ count: 1, name: 'ok', extra: 5 }))).toEqual(['extra:isString']);
  });

  it('hands out the kept rules frozen, so that no caller can change them', () => {
    cacheValidationRules();
    const rules = getMetadataStorage().getTargetValidationMetadatas(Child, '', false, false);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(rules).toBe(getMetadataStorage().getTargetValidationMetadatas(Child, '', false, false));
    expect(rules.map((rule) => rule.propertyName)).toEqual(
      expect.arrayContaining(['count', 'name']),
    );
  });
});
