import { Locale, VocabularyTerm } from '@kohorte/contracts';

/** A region as a picker lists it: under the region it lies in, indented by its depth. */
export interface RegionOption {
  key: string;
  label: string;
  /** 0 for a top region (Europe), 1 for the regions in it, and so on. */
  depth: number;
}

/**
 * The region vocabulary in tree order (each region followed by the regions within it, siblings in
 * their configured order). A region whose parent is unknown shows at the top; a cycle an admin
 * made cannot hide a region either: whatever the walk did not reach is listed at the end.
 */
export function regionOptions(terms: readonly VocabularyTerm[], lang: Locale): RegionOption[] {
  const keys = new Set(terms.map((term) => term.key));
  const children = new Map<string | null, VocabularyTerm[]>();
  for (const term of terms) {
    const parent = term.parent !== null && keys.has(term.parent) ? term.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), term]);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);
  const label = (term: VocabularyTerm) => (lang === 'de' ? term.labelDe : term.labelEn);
  const options: RegionOption[] = [];
  const seen = new Set<string>();
  const visit = (term: VocabularyTerm, depth: number) => {
    if (seen.has(term.key)) return;
    seen.add(term.key);
    options.push({ key: term.key, label: label(term), depth });
    for (const child of children.get(term.key) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const term of terms) visit(term, 0);
  return options;
}
