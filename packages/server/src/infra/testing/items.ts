// Typed reads of the rows and lists a test expects to exist. With `noUncheckedIndexedAccess`,
// `const [row] = rows` is `T | undefined`; these throw a message that says what was missing, so a
// test fails at the read instead of at a later `undefined.id`.

/** A tuple of `N` items of `T` (what `firstN` returns, ready to destructure). */
type Tuple<T, N extends number, Acc extends T[] = []> = Acc['length'] extends N
  ? Acc
  : Tuple<T, N, [...Acc, T]>;

/** The item at `index`; throws when the list is shorter. */
export function itemAt<T>(items: readonly T[], index: number): T {
  if (index >= items.length) {
    throw new Error(`expected an item at index ${index}, but the list has ${items.length}`);
  }
  return items[index] as T;
}

/** The first item; throws when the list is empty. */
export function firstOf<T>(items: readonly T[]): T {
  return itemAt(items, 0);
}

/** The first `count` items as a tuple; throws when the list is shorter. */
export function firstN<T, N extends number>(items: readonly T[], count: N): Tuple<T, N> {
  if (items.length < count) {
    throw new Error(`expected at least ${count} items, but the list has ${items.length}`);
  }
  return items.slice(0, count) as Tuple<T, N>;
}

/** A value the test expects to be there (a regex group, a map entry); throws naming it if not. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, but it is missing`);
  return value;
}
