import { getMetadataStorage } from 'class-validator';

// class-validator does not export the type of a rule; its storage's methods name it.
type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

type Grouped = Record<string, ValidationMetadata[]>;

const installed = Symbol('kohorte.validationRulesCache');

/**
 * Keeps class-validator's answer to "which rules does this class have". It finds them anew on
 * every `validate()`: a walk over every class with rules (about a hundred here) testing
 * inheritance, filters and a de-duplication, then a grouping by property — 115 µs of the list
 * query's validation on this machine, more than the checks themselves. The rules are fixed once
 * the decorators have run, so each answer is kept per class and options; a rule registered later
 * (`PartialType` and the like add theirs at class definition) forgets them all. The kept arrays
 * are frozen: a caller that tried to change one would throw instead of changing the rules.
 */
export function cacheValidationRules(): void {
  const storage = getMetadataStorage() as ReturnType<typeof getMetadataStorage> & {
    [installed]?: true;
  };
  if (storage[installed]) return;
  storage[installed] = true;

  const findRules = storage.getTargetValidationMetadatas.bind(storage);
  const groupRules = storage.groupByPropertyName.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let rules = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = rules.get(target);
    if (!byOptions) {
      byOptions = new Map<string, ValidationMetadata[]>();
      rules.set(target, byOptions);
    }
    let found = byOptions.get(options);
    if (!found) {
      found = Object.freeze(
        findRules(target, schema, always, strictGroups, groups),
      ) as ValidationMetadata[];
      byOptions.set(options, found);
    }
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    // Only the kept (frozen) arrays cannot change under the kept grouping.
    if (!Object.isFrozen(metadata)) return groupRules(metadata);
    let byProperty = grouped.get(metadata);
    if (!byProperty) {
      const fresh = groupRules(metadata);
      for (const list of Object.values(fresh)) Object.freeze(list);
      byProperty = Object.freeze(fresh);
      grouped.set(metadata, byProperty);
    }
    return byProperty;
  };
  storage.addValidationMetadata = (metadata) => {
    rules = new Map();
    grouped = new WeakMap();
    addRule(metadata);
  };
}
