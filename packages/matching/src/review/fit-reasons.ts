import { both, label, labels, shared } from '../score/text.js';
import type { LocalizedText, Vocabulary } from '../types.js';
import type { ApplicationProfile, ReviewerProfile } from './types.js';

function topicsReason(
  application: ApplicationProfile,
  reviewer: ReviewerProfile,
  vocabulary: Vocabulary,
): LocalizedText {
  const topics = [...new Set(application.topics)];
  const n = topics.length;
  if (n === 0) {
    return { de: 'die Bewerbung nennt keine Themen', en: 'the application names no topics' };
  }
  const covered = shared(topics, reviewer.topics);
  if (covered.length === 0) {
    return n === 1
      ? both((l) =>
          l === 'de'
            ? `kennt das Thema nicht: ${label(vocabulary, 'topics', topics[0]!, l)}`
            : `does not know the topic: ${label(vocabulary, 'topics', topics[0]!, l)}`,
        )
      : { de: `kennt keines der ${n} Themen`, en: `knows none of the ${n} topics` };
  }
  return both((l) => {
    const list = labels(vocabulary, 'topics', covered, l);
    return l === 'de'
      ? `kennt ${covered.length} von ${n} ${n === 1 ? 'Thema' : 'Themen'}: ${list}`
      : `knows ${covered.length} of ${n} ${n === 1 ? 'topic' : 'topics'}: ${list}`;
  });
}

function sectorReason(
  application: ApplicationProfile,
  reviewer: ReviewerProfile,
  vocabulary: Vocabulary,
): LocalizedText {
  if (application.sectors.length === 0) {
    return { de: 'Branche der Bewerbung unbekannt', en: "the application's sector is unknown" };
  }
  if (reviewer.sectors.length === 0) {
    return { de: 'bewertet alle Branchen', en: 'reviews every sector' };
  }
  const common = shared(application.sectors, reviewer.sectors);
  return both((l) => {
    if (common.length > 0) {
      const list = labels(vocabulary, 'sectors', common, l);
      return l === 'de' ? `kennt die Branche ${list}` : `knows the sector ${list}`;
    }
    const list = labels(vocabulary, 'sectors', application.sectors, l);
    return l === 'de'
      ? `keine gemeinsame Branche (Bewerbung: ${list})`
      : `no shared sector (application: ${list})`;
  });
}

function stageReason(
  application: ApplicationProfile,
  reviewer: ReviewerProfile,
  vocabulary: Vocabulary,
): LocalizedText {
  const stage = application.stage;
  if (stage === null) {
    return { de: 'Phase der Bewerbung unbekannt', en: "the application's stage is unknown" };
  }
  if (reviewer.stages.length === 0) {
    return { de: 'bewertet alle Phasen', en: 'reviews every stage' };
  }
  return both((l) => {
    const name = label(vocabulary, 'stages', stage, l);
    if (reviewer.stages.includes(stage)) {
      return l === 'de' ? `kennt die Phase ${name}` : `knows ${name} startups`;
    }
    const list = labels(vocabulary, 'stages', reviewer.stages, l);
    return l === 'de'
      ? `kennt ${list}; die Bewerbung ist in der Phase ${name}`
      : `knows ${list}; the application is at ${name}`;
  });
}

/** One human line per part, in REVIEW_FIT_PARTS order. */
export function fitReasons(
  application: ApplicationProfile,
  reviewer: ReviewerProfile,
  vocabulary: Vocabulary,
): LocalizedText[] {
  return [
    topicsReason(application, reviewer, vocabulary),
    sectorReason(application, reviewer, vocabulary),
    stageReason(application, reviewer, vocabulary),
  ];
}
