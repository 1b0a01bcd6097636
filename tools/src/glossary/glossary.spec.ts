import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../shared/repo-root';
import {
  describeViolation,
  type GermanText,
  type GlossaryRule,
  glossaryViolations,
  readGlossaryRules,
} from './glossary-rules';
import { germanLiterals, sourceTexts, translationTexts } from './german-texts';

const root = repoRoot(process.cwd());

function flagged(rules: GlossaryRule[], key: string, text: string): string[] {
  return glossaryViolations(rules, [{ key, file: 'test', text }]).map((v) => v.rule.not);
}

describe('the glossary', () => {
  let rules: GlossaryRule[];
  let translations: GermanText[];
  let sources: GermanText[];

  beforeAll(() => {
    rules = readGlossaryRules(readFileSync(join(root, 'docs/glossary.md'), 'utf8'));
    translations = translationTexts(root);
    sources = sourceTexts(root);
  });

  it('is followed by every German text of the web app, the emails and the contracts', () => {
    const violations = glossaryViolations(rules, [...translations, ...sources]);
    expect(violations.map(describeViolation)).toEqual([]);
  });

  it('reads every German text it is meant to check', () => {
    const manager = translations.find((t) => t.key === 'roles.manager');
    expect(manager).toEqual({
      key: 'roles.manager',
      file: 'apps/web/public/i18n/de.json',
      text: 'Programmmanager:in',
    });
    expect(translations.some((t) => t.file === 'apps/web/public/i18n/cohorts/de.json')).toBe(true);
    expect(translations.length).toBeGreaterThan(1000);
    const mail = sources.filter((t) =>
      t.file.startsWith('packages/server/src/domains/mail/templates/'),
    );
    expect(mail.length).toBeGreaterThan(100);
    expect(mail.some((t) => t.text.startsWith('Wie für diesen Matching-Lauf eingestellt'))).toBe(
      true,
    );
    expect(sources.some((t) => t.file === 'packages/contracts/src/field-reasons.ts')).toBe(true);
  });

  it('turns each "use X, not Y" row into a rule that catches Y and lets X pass', () => {
    expect(rules.length).toBeGreaterThanOrEqual(15);
    const cases: Array<[key: string, bad: string, good: string]> = [
      ['roles.manager', 'Management', 'Programmmanager:in'],
      ['matching.dialog.start', 'Zuordnung starten', 'Matching starten'],
      ['cohorts.board.assign', 'Mentor:in zuordnen', 'Mentor:in zuweisen'],
      ['matching.view.sendOffers', 'Angebote senden (3)', 'Anfragen senden (3)'],
      ['cohorts.offers.status.offered', 'angeboten', 'angefragt'],
      ['cohorts.membership.accepted', 'Angenommen', 'Aufgenommen'],
      ['mentors.fields.capacity', 'Kapazität', 'Plätze'],
      ['dashboard.calls.title', 'Bewerbungsaufrufe', 'Ausschreibungen'],
      ['reviews.kinds.external', 'Externe:r Juror:in', 'Externe:r Gutachter:in'],
      ['dashboard.calls.reviews', 'Gutachten: 3 von 4', 'Bewertungen: 3 von 4'],
      ['timeline.title', 'Zeitleiste', 'Verlauf'],
      ['mentors.fields.tags', 'Tags', 'Schlagwörter'],
      [
        'mentors.filterByTag',
        'Mentor:innen mit dem Tag {{tag}}',
        'Mentor:innen mit dem Schlagwort {{tag}}',
      ],
      ['imports.steps.dryRun', 'Testlauf', 'Probelauf'],
      ['timeline.match.discarded.mentors', 'Mentoren-Matching', 'Matching für Mentor:innen'],
      [
        'timeline.answer.investor.accepted.startup',
        'Investor {{investor}} hat',
        'Investor:in {{investor}} hat',
      ],
      ['applications.duplicates.email', 'Gründer-E-Mail', 'E-Mail einer Gründer:in'],
      ['reviews.conflicts.declared', 'von der Gutachterin', 'von der Gutachter:in'],
      ['users.add', 'Benutzer hinzufügen', 'Benutzer:in hinzufügen'],
      ['respond.offer.intro', 'Bitte prüfe deine Angaben', 'Bitte prüfen Sie Ihre Angaben'],
      [
        'respond.offer.sent',
        'Wir haben Ihnen eine Email geschickt',
        'Wir haben Ihnen eine E-Mail geschickt',
      ],
    ];
    for (const [key, bad, good] of cases) {
      expect({ bad, flagged: flagged(rules, key, bad).length > 0 }).toEqual({ bad, flagged: true });
      expect({ good, flagged: flagged(rules, key, good) }).toEqual({ good, flagged: [] });
    }
  });

  it('keeps a word where the glossary gives it another meaning', () => {
    // Mapping an import's values is "zuordnen"; an answer to an offer is "angenommen".
    expect(flagged(rules, 'imports.values.save', 'Zuordnungen speichern')).toEqual([]);
    expect(flagged(rules, 'cohorts.offers.status.accepted', 'angenommen')).toEqual([]);
    expect(flagged(rules, 'investors.types.corporate', 'Corporate Investor')).toEqual([]);
    expect(flagged(rules, 'respond.offer.pause.pick', 'Tag auswählen')).toEqual([]);
  });

  it('reads the German strings of a TypeScript source and leaves the English ones', () => {
    const source = `
      const TEXTS = {
        de: { subject: (s: string) => \`Anfrage zu \${s}\`, button: 'Öffnen' },
        en: { subject: (s: string) => \`Offer for \${s}\`, button: 'Open' },
      } as const;
      const TYPE = { corporate: { de: 'Corporate Investor', en: 'Corporate investor' } };
      const hello = (locale: string) => (locale === 'de' ? 'Hallo' : 'Hello');
    `;
    expect(germanLiterals(source)).toEqual([
      'Anfrage zu …',
      'Öffnen',
      'Corporate Investor',
      'Hallo',
    ]);
  });

  it('fails on a row it cannot read instead of skipping it', () => {
    const table = [
      '## Words we do not use',
      '| use | not | pattern | where |',
      '| --- | --- | ------- | ----- |',
      '| Anfrage | Angebot | `Angebot` | somewhere |',
    ].join('\n');
    expect(() => readGlossaryRules(table)).toThrow(/"where"/);
  });
});
