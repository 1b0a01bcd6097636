import type { InvestorProfile, LocalizedText, StartupProfile, Vocabulary } from '../types.js';
import { placeKey } from './key-index.js';
import { both, label, labels, type Language, money, shared } from './text.js';

function sectorReason(startup: StartupProfile, investor: InvestorProfile, vocabulary: Vocabulary) {
  if (startup.sectors.length === 0) {
    return { de: 'Branche des Startups unbekannt', en: "the startup's sector is unknown" };
  }
  if (investor.sectors.length === 0) {
    return { de: 'investiert in alle Branchen', en: 'invests in every sector' };
  }
  const common = shared(startup.sectors, investor.sectors);
  return both((l) => {
    if (common.length > 0) {
      const list = labels(vocabulary, 'sectors', common, l);
      return l === 'de' ? `investiert in ${list}` : `invests in ${list}`;
    }
    const list = labels(vocabulary, 'sectors', startup.sectors, l);
    return l === 'de'
      ? `keine gemeinsame Branche (Startup: ${list})`
      : `no shared sector (startup: ${list})`;
  });
}

function stageReason(startup: StartupProfile, investor: InvestorProfile, vocabulary: Vocabulary) {
  const stage = startup.stage;
  if (stage === null) {
    return { de: 'Phase des Startups unbekannt', en: "the startup's stage is unknown" };
  }
  if (investor.stages.length === 0) {
    return { de: 'investiert in jeder Phase', en: 'invests at every stage' };
  }
  return both((l) => {
    const name = label(vocabulary, 'stages', stage, l);
    if (investor.stages.includes(stage)) {
      return l === 'de' ? `investiert in der Phase ${name}` : `invests at ${name}`;
    }
    const list = labels(vocabulary, 'stages', investor.stages, l);
    return l === 'de'
      ? `investiert in den Phasen ${list}; das Startup ist in der Phase ${name}`
      : `invests at ${list}; the startup is at ${name}`;
  });
}

function range(min: number | null, max: number | null, l: Language): string {
  if (min !== null && max !== null) return `${money(min, l)} – ${money(max, l)}`;
  if (min !== null) return l === 'de' ? `ab ${money(min, l)}` : `from ${money(min, l)}`;
  return l === 'de' ? `bis ${money(max ?? 0, l)}` : `up to ${money(max ?? 0, l)}`;
}

function ticketReason(startup: StartupProfile, investor: InvestorProfile): LocalizedText {
  const sought = startup.fundingSoughtEur;
  const { ticketMinEur: min, ticketMaxEur: max } = investor;
  if (sought === null || (min === null && max === null)) {
    return {
      de: 'Ticket oder Finanzierungsbedarf unbekannt',
      en: 'ticket or funding need unknown',
    };
  }
  return both((l) => {
    const seeks = l === 'de' ? `sucht ${money(sought, l)}` : `seeks ${money(sought, l)}`;
    if (min !== null && sought < min) {
      return l === 'de'
        ? `${seeks}, unter dem Mindestticket von ${money(min, l)}`
        : `${seeks}, below the minimum ticket of ${money(min, l)}`;
    }
    if (max !== null && sought > max) {
      return l === 'de'
        ? `${seeks}, über dem Höchstticket von ${money(max, l)}`
        : `${seeks}, above the maximum ticket of ${money(max, l)}`;
    }
    return `${seeks}, ${l === 'de' ? 'Ticket' : 'ticket'} ${range(min, max, l)}`;
  });
}

function regionReason(startup: StartupProfile, investor: InvestorProfile): LocalizedText {
  const regions = investor.regions.filter((region) => placeKey(region) !== null);
  if (regions.length === 0) {
    return { de: 'investiert in allen Regionen', en: 'invests in every region' };
  }
  const places = new Set(
    [startup.city, ...(startup.regions ?? [])]
      .map(placeKey)
      .filter((place): place is string => place !== null),
  );
  if (places.size === 0) {
    return { de: 'Region des Startups unbekannt', en: "the startup's region is unknown" };
  }
  const match = regions.filter((region) => places.has(placeKey(region) ?? ''));
  if (match.length > 0) {
    return { de: `investiert in ${match.join(', ')}`, en: `invests in ${match.join(', ')}` };
  }
  const list = regions.join(', ');
  return {
    de: `investiert in ${list}, nicht am Ort des Startups`,
    en: `invests in ${list}, not where the startup is`,
  };
}

/** One human line per part, in INVESTOR_PARTS order. */
export function investorReasons(
  startup: StartupProfile,
  investor: InvestorProfile,
  vocabulary: Vocabulary,
): LocalizedText[] {
  return [
    sectorReason(startup, investor, vocabulary),
    stageReason(startup, investor, vocabulary),
    ticketReason(startup, investor),
    regionReason(startup, investor),
  ];
}
