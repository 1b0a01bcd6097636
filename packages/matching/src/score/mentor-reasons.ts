import type { LocalizedText, MentorProfile, StartupProfile, Vocabulary } from '../types.js';
import { placeKey } from './key-index.js';
import { both, label, labels, shared } from './text.js';

/** The startup's needs without repeats (first weight wins), as the kernel counts them. */
function distinctNeeds(startup: StartupProfile): { key: string; weight: number }[] {
  const needs = new Map<string, number>();
  for (const need of startup.topics) {
    const [key, weight] = typeof need === 'string' ? [need, 1] : [need.key, need.weight ?? 1];
    if (!needs.has(key)) needs.set(key, weight);
  }
  return [...needs].map(([key, weight]) => ({ key, weight }));
}

function topicsReason(startup: StartupProfile, mentor: MentorProfile, vocabulary: Vocabulary) {
  const needs = distinctNeeds(startup);
  if (needs.length === 0) {
    return { de: 'das Startup hat keine Themen genannt', en: 'the startup named no topics' };
  }
  const expertise = new Set(mentor.expertise);
  const covered = needs.filter((need) => expertise.has(need.key));
  const n = needs.length;
  if (covered.length === 0) {
    return n === 1
      ? both((l) =>
          l === 'de'
            ? `deckt das Thema nicht ab: ${label(vocabulary, 'topics', needs[0]!.key, l)}`
            : `does not share the topic: ${label(vocabulary, 'topics', needs[0]!.key, l)}`,
        )
      : { de: `deckt keines der ${n} Themen ab`, en: `shares none of ${n} topics` };
  }
  const weighted = needs.some((need) => need.weight !== 1);
  const total = needs.reduce((sum, need) => sum + need.weight, 0);
  const percent = Math.round((covered.reduce((sum, need) => sum + need.weight, 0) / total) * 100);
  const keys = covered.map((need) => need.key);
  return both((l) => {
    const list = labels(vocabulary, 'topics', keys, l);
    if (l === 'de') {
      const share = weighted ? ` (${percent} % des Gewichts)` : '';
      return `deckt ${covered.length} von ${n} ${n === 1 ? 'Thema' : 'Themen'} ab${share}: ${list}`;
    }
    const share = weighted ? ` (${percent}% of the weight)` : '';
    return `shares ${covered.length} of ${n} ${n === 1 ? 'topic' : 'topics'}${share}: ${list}`;
  });
}

function sectorReason(startup: StartupProfile, mentor: MentorProfile, vocabulary: Vocabulary) {
  if (startup.sectors.length === 0) {
    return { de: 'Branche des Startups unbekannt', en: "the startup's sector is unknown" };
  }
  if (mentor.sectors.length === 0) {
    return { de: 'offen für alle Branchen', en: 'open to every sector' };
  }
  const common = shared(startup.sectors, mentor.sectors);
  return both((l) => {
    if (common.length > 0) {
      const list = labels(vocabulary, 'sectors', common, l);
      return l === 'de' ? `beide in ${list}` : `both in ${list}`;
    }
    const list = labels(vocabulary, 'sectors', startup.sectors, l);
    return l === 'de'
      ? `keine gemeinsame Branche (Startup: ${list})`
      : `no shared sector (startup: ${list})`;
  });
}

function stageReason(startup: StartupProfile, mentor: MentorProfile, vocabulary: Vocabulary) {
  const stage = startup.stage;
  if (stage === null) {
    return { de: 'Phase des Startups unbekannt', en: "the startup's stage is unknown" };
  }
  if (mentor.stages.length === 0) return { de: 'offen für alle Phasen', en: 'open to every stage' };
  return both((l) => {
    const name = label(vocabulary, 'stages', stage, l);
    if (mentor.stages.includes(stage)) {
      return l === 'de' ? `betreut Startups in der Phase ${name}` : `works with ${name} startups`;
    }
    const list = labels(vocabulary, 'stages', mentor.stages, l);
    return l === 'de'
      ? `bevorzugt ${list}; das Startup ist in der Phase ${name}`
      : `prefers ${list}; the startup is at ${name}`;
  });
}

/** Why the pair is forbidden, or null: a required language the mentor does not speak. */
export function mentorBlock(
  startup: StartupProfile,
  mentor: MentorProfile,
  vocabulary: Vocabulary,
): LocalizedText | null {
  const required = startup.requiredLanguage;
  if (required === null || mentor.languages.includes(required)) return null;
  return both((l) => {
    const name = label(vocabulary, 'languages', required, l);
    return l === 'de'
      ? `spricht kein ${name}, das das Startup voraussetzt`
      : `does not speak ${name}, which the startup requires`;
  });
}

function languageReason(startup: StartupProfile, mentor: MentorProfile, vocabulary: Vocabulary) {
  const required = startup.requiredLanguage;
  if (required !== null) {
    return both((l) => {
      const name = label(vocabulary, 'languages', required, l);
      return l === 'de' ? `spricht ${name} (Pflicht)` : `speaks ${name} (required)`;
    });
  }
  if (startup.languages.length === 0 || mentor.languages.length === 0) {
    return { de: 'Sprachen unbekannt', en: 'languages unknown' };
  }
  const common = shared(startup.languages, mentor.languages);
  if (common.length === 0) return { de: 'keine gemeinsame Sprache', en: 'no shared language' };
  return both((l) => {
    const list = labels(vocabulary, 'languages', common, l);
    return l === 'de' ? `beide sprechen ${list}` : `both speak ${list}`;
  });
}

function locationReason(startup: StartupProfile, mentor: MentorProfile): LocalizedText {
  const a = startup.city?.trim() || null;
  const b = mentor.city?.trim() || null;
  const cities = (and: string) => (a !== null && b !== null ? `${a} ${and} ${b}, ` : '');
  if (a !== null && placeKey(a) === placeKey(b)) return { de: `beide in ${a}`, en: `both in ${a}` };
  if (startup.remoteOk && mentor.remoteOk) {
    return {
      de: `${cities('und')}beide offen für remote`,
      en: `${cities('and')}both open to remote`,
    };
  }
  return {
    de: `${cities('und') || 'keine gemeinsame Stadt, '}nicht beide offen für remote`,
    en: `${cities('and') || 'no shared city, '}not both open to remote`,
  };
}

function capacityReason(mentor: MentorProfile): LocalizedText {
  const n = mentor.capacity;
  if (n === 0) return { de: 'hat keinen freien Platz', en: 'has no free place' };
  if (n === 1) return { de: 'hat 1 freien Platz', en: 'has 1 free place' };
  return { de: `hat ${n} freie Plätze`, en: `has ${n} free places` };
}

/** One human line per part, in MENTOR_PARTS order. */
export function mentorReasons(
  startup: StartupProfile,
  mentor: MentorProfile,
  vocabulary: Vocabulary,
): LocalizedText[] {
  return [
    topicsReason(startup, mentor, vocabulary),
    sectorReason(startup, mentor, vocabulary),
    stageReason(startup, mentor, vocabulary),
    languageReason(startup, mentor, vocabulary),
    locationReason(startup, mentor),
    capacityReason(mentor),
  ];
}
