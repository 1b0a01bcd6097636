/**
 * The "use X, not Y" rules of `docs/glossary.md`, read from its "Words we do not use" table, and
 * the check of German texts against them. The glossary is the one place the rules are written.
 */

/** One German text and where it lives: a de.json key (`cohorts.board.assign`) or a file path. */
export interface GermanText {
  /** What the `where` column's prefixes are matched against. */
  key: string;
  /** The file it came from, for the failure message. */
  file: string;
  text: string;
}

export interface GlossaryRule {
  use: string;
  not: string;
  pattern: RegExp;
  /** Key prefixes the rule is limited to (`only in …`); empty: everywhere. */
  onlyIn: string[];
  /** Key prefixes the rule leaves alone (`not in …`). */
  notIn: string[];
}

export interface Violation {
  rule: GlossaryRule;
  at: GermanText;
  found: string;
}

const SECTION = '## Words we do not use';

/** A table row's cells; `\|` inside a cell is a literal bar (regular expressions use it). */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function prefixes(list: string): string[] {
  return list
    .split(',')
    .map((prefix) => prefix.trim())
    .filter((prefix) => prefix !== '');
}

function scope(where: string): Pick<GlossaryRule, 'onlyIn' | 'notIn'> {
  if (where === 'everywhere') return { onlyIn: [], notIn: [] };
  const only = /^only in (.+)$/.exec(where);
  if (only?.[1]) return { onlyIn: prefixes(only[1]), notIn: [] };
  const not = /^not in (.+)$/.exec(where);
  if (not?.[1]) return { onlyIn: [], notIn: prefixes(not[1]) };
  throw new Error(`glossary: "where" must be everywhere, only in … or not in …, not "${where}"`);
}

/** The rules of the glossary's table; throws on a row it cannot read, so a typo fails loudly. */
export function readGlossaryRules(markdown: string): GlossaryRule[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) throw new Error(`glossary: no "${SECTION}" section`);
  const rows = markdown
    .slice(start + SECTION.length)
    .split('\n')
    .filter((line) => line.trim().startsWith('|'));
  // The header row and the |---| row come first.
  return rows.slice(2).map((row) => {
    const [use, not, pattern, where] = cells(row);
    const source = /^`(.+)`$/.exec(pattern ?? '')?.[1];
    if (!use || !not || !source || !where) throw new Error(`glossary: cannot read row ${row}`);
    return { use, not, pattern: new RegExp(source, 'g'), ...scope(where) };
  });
}

function applies(rule: GlossaryRule, key: string): boolean {
  if (rule.notIn.some((prefix) => key.startsWith(prefix))) return false;
  return rule.onlyIn.length === 0 || rule.onlyIn.some((prefix) => key.startsWith(prefix));
}

/** Every place a German text uses a word a rule forbids. */
export function glossaryViolations(rules: GlossaryRule[], texts: GermanText[]): Violation[] {
  return texts.flatMap((at) =>
    rules
      .filter((rule) => applies(rule, at.key))
      .flatMap((rule) =>
        [...at.text.matchAll(rule.pattern)].map(([found]) => ({ rule, at, found })),
      ),
  );
}

/** "cohorts/de.json cohorts.board.assign: „Mentor:in zuordnen“ – use Mentor:in zuweisen, not …". */
export function describeViolation({ rule, at, found }: Violation): string {
  const where = at.key === at.file ? at.file : `${at.file} ${at.key}`;
  return `${where}: "${found}" in „${at.text}“ – use ${rule.use}, not ${rule.not}`;
}
