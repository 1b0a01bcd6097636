import type { RegionTerm } from '../types.js';
import type { Language } from './text.js';

/**
 * A place name as compared: lower case, accents and punctuation dropped, "ß" as "ss", spaces
 * collapsed ("Halle (Saale)" → "halle saale", "Zürich" → "zurich"); null when nothing is left.
 */
export function foldPlace(name: string | null | undefined): string | null {
  const folded = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded ? folded : null;
}

// German umlauts are also written out ("Thueringen", "Muenchen"): a label is found either way.
function spelledOut(name: string): string {
  return name.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue');
}

// "Halle (Saale)" is usually written "Halle": the part in brackets only tells places apart.
function withoutBrackets(name: string): string {
  return name.replace(/\([^)]*\)/g, ' ');
}

/** The names a region is found by: its key and both labels, each also without umlauts and brackets. */
function namesOf(key: string, term: RegionTerm): string[] {
  return [key, term.de, term.en].flatMap((name) => [
    name,
    spelledOut(name),
    withoutBrackets(name),
    spelledOut(withoutBrackets(name)),
  ]);
}

/**
 * The region vocabulary as a tree: finds a region by key or by name in either language, and
 * walks from a place up to the top (Leipzig → Sachsen → Deutschland → DACH → Europa).
 */
export class RegionTree {
  private readonly byName = new Map<string, string>();

  constructor(private readonly terms: Readonly<Record<string, RegionTerm>> = {}) {
    // Keys first, so that a key always finds its own region even where it is another one's name.
    const entries = Object.entries(terms);
    for (const [key] of entries) this.byName.set(foldPlace(key) ?? key, key);
    for (const [key, term] of entries) {
      for (const name of namesOf(key, term)) {
        const folded = foldPlace(name);
        if (folded !== null && !this.byName.has(folded)) this.byName.set(folded, key);
      }
    }
  }

  /** The key of the region a name or key denotes, or null when the tree does not know it. */
  resolve(name: string | null | undefined): string | null {
    if (!name) return null;
    if (Object.hasOwn(this.terms, name)) return name;
    const folded = foldPlace(name);
    if (folded === null) return null;
    return (
      this.byName.get(folded) ?? this.byName.get(foldPlace(withoutBrackets(name)) ?? '') ?? null
    );
  }

  /** The region and every region it lies in, innermost first; a cycle an admin made ends the walk. */
  chain(key: string): string[] {
    const chain: string[] = [];
    for (let at: string | null = key; at !== null && !chain.includes(at);) {
      chain.push(at);
      at = this.terms[at]?.parent ?? null;
    }
    return chain;
  }

  /**
   * What a startup's place is compared as: its region and every region around it when the tree
   * knows the name, else the name itself (folded), so unknown places still match their own name.
   */
  around(name: string | null | undefined): string[] {
    const key = this.resolve(name);
    if (key !== null) return this.chain(key);
    const folded = foldPlace(name);
    return folded === null ? [] : [folded];
  }

  /** What an investor's region is compared as: its key, or its folded name when the tree lacks it. */
  compared(name: string): string | null {
    return this.resolve(name) ?? foldPlace(name);
  }

  /** A region's label in one language; a key the tree does not know shows as itself. */
  label(key: string, language: Language): string {
    return this.terms[key]?.[language] ?? key;
  }
}
