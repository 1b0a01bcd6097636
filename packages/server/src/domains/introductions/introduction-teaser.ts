import type {
  FitReason,
  InvestorTeaserView,
  Locale,
  ProposalPart,
  TermLabel,
  Vocabularies,
  VocabularyKind,
} from '@kohorte/contracts';
import type { IntroductionRow } from './introduction-rows';

/** A vocabulary key with its labels; an unknown key (a term removed since) shows as itself. */
export function termLabel(
  vocabularies: Vocabularies,
  kind: VocabularyKind,
  key: string,
): TermLabel {
  const term = vocabularies[kind].find((candidate) => candidate.key === key);
  return term
    ? { key: term.key, labelDe: term.labelDe, labelEn: term.labelEn }
    : { key, labelDe: key, labelEn: key };
}

export function labelIn(term: TermLabel, locale: Locale): string {
  return locale === 'de' ? term.labelDe : term.labelEn;
}

/**
 * Why it fits, in both languages: the parts that fit fully. A part that scored only some of its
 * points is a near miss ("seeks €1.3M, above the maximum ticket"), or unknown ("open to every
 * sector"), which is no reason to give founders or an investor.
 */
export function fitReasons(parts: ProposalPart[]): FitReason[] {
  return parts
    .filter((part) => part.max > 0 && part.points >= part.max)
    .map((part) => ({ de: part.reason.de, en: part.reason.en }))
    .filter((reason) => reason.de.trim() !== '' || reason.en.trim() !== '');
}

/** The words that would point an investor to the startup before they accept. */
function identifying(row: IntroductionRow): string[] {
  const host = row.website
    ? row.website
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/^www\./i, '')
        .split('/')[0]
    : null;
  return [row.startupName, host, row.city]
    .filter((word): word is string => typeof word === 'string' && word.trim().length >= 2)
    .map((word) => word.trim().toLocaleLowerCase('de'));
}

/**
 * The reasons an investor may read before accepting. The engine's investor reasons name sectors,
 * stages, amounts and the investor's own regions, never the startup; but a region that matched
 * can be the startup's city, and a reason is dropped whenever it contains the startup's name,
 * website or city, so that the teaser stays anonymous whatever the engine writes.
 */
export function anonymousReasons(row: IntroductionRow): FitReason[] {
  const words = identifying(row);
  return fitReasons(row.parts).filter((reason) => {
    const text = `${reason.de}\n${reason.en}`.toLocaleLowerCase('de');
    return !words.some((word) => text.includes(word));
  });
}

/** The reasons in one language, for an email. */
export function reasonsIn(reasons: FitReason[], locale: Locale): string[] {
  return reasons.map((reason) => reason[locale]).filter((text) => text.trim() !== '');
}

/** What the investor sees of the startup before accepting: nothing that names it. */
export function teaserOf(
  row: IntroductionRow,
  vocabularies: Vocabularies,
): InvestorTeaserView['teaser'] {
  return {
    stage: row.stage ? termLabel(vocabularies, 'stages', row.stage) : null,
    sectors: row.sectors.map((key) => termLabel(vocabularies, 'sectors', key)),
    topics: row.topics.map((key) => termLabel(vocabularies, 'topics', key)),
    fundingSoughtEur: row.fundingSoughtEur,
    fundingRaisedEur: row.fundingRaisedEur,
    teamSize: row.teamSize,
    foundedYear: row.foundedYear,
    languages: row.startupLanguages,
  };
}
