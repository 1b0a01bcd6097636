import type { InvestorProfile, LocalizedText, StartupProfile, Vocabulary } from '../types.js';
import type { RegionTree } from './region-tree.js';
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

// A region as the reader knows it: its label when the tree knows it, else as written.
function regionName(tree: RegionTree, name: string, language: Language): string {
  const key = tree.resolve(name);
  return key === null ? name.trim() : tree.label(key, language);
}

/**
 * Names the investor's region that holds the startup most closely, and the startup's place it
 * holds when that is not the region itself: "invests in Saxony (Leipzig is in Saxony)".
 */
function regionReason(
  startup: StartupProfile,
  investor: InvestorProfile,
  tree: RegionTree,
): LocalizedText {
  const regions = investor.regions.filter((region) => tree.compared(region) !== null);
  if (regions.length === 0) {
    return { de: 'investiert in allen Regionen', en: 'invests in every region' };
  }
  const places = [startup.city, ...(startup.regions ?? [])]
    .filter((place): place is string => place !== null)
    .map((place) => ({ place, around: tree.around(place) }))
    .filter(({ around }) => around.length > 0);
  if (places.length === 0) {
    return { de: 'Region des Startups unbekannt', en: "the startup's region is unknown" };
  }
  let best: { region: string; place: string; depth: number } | null = null;
  for (const region of regions) {
    const compared = tree.compared(region);
    for (const { place, around } of places) {
      const depth = around.indexOf(compared ?? '');
      if (depth >= 0 && (best === null || depth < best.depth)) best = { region, place, depth };
    }
  }
  if (best === null) {
    const at = places[0]!.place;
    return both((l) => {
      const list = regions.map((region) => regionName(tree, region, l)).join(', ');
      const where = regionName(tree, at, l);
      return l === 'de'
        ? `investiert in ${list}, nicht am Ort des Startups (${where})`
        : `invests in ${list}, not where the startup is (${where})`;
    });
  }
  const { region, place, depth } = best;
  return both((l) => {
    const name = regionName(tree, region, l);
    if (depth === 0) return l === 'de' ? `investiert in ${name}` : `invests in ${name}`;
    const at = regionName(tree, place, l);
    return l === 'de'
      ? `investiert in ${name} (${at} liegt in ${name})`
      : `invests in ${name} (${at} is in ${name})`;
  });
}

/** One human line per part, in INVESTOR_PARTS order. */
export function investorReasons(
  startup: StartupProfile,
  investor: InvestorProfile,
  vocabulary: Vocabulary,
  tree: RegionTree,
): LocalizedText[] {
  return [
    sectorReason(startup, investor, vocabulary),
    stageReason(startup, investor, vocabulary),
    ticketReason(startup, investor),
    regionReason(startup, investor, tree),
  ];
}
