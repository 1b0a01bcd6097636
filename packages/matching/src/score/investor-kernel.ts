import type { InvestorScorePart } from '../types.js';
import type { Dictionaries, InvestorCodes, StartupCodes } from './encode.js';
import { hasBit, intersects } from './key-index.js';
import { partPoints } from './points.js';

/** The investor score's parts, in the order of the kernel's output. */
export const INVESTOR_PARTS: readonly InvestorScorePart[] = ['sector', 'stage', 'ticket', 'region'];

/**
 * How well a sought amount fits a ticket range, 0–1: 1 inside, falling in proportion outside
 * (half the minimum → 0.5, twice the maximum → 0.5), 0.5 when either side is unknown.
 */
export function ticketFraction(sought: number, min: number, max: number): number {
  if (Number.isNaN(sought) || (Number.isNaN(min) && Number.isNaN(max))) return 0.5;
  if (!Number.isNaN(min) && sought < min) return Math.max(0, sought) / min;
  if (!Number.isNaN(max) && sought > max) return Math.max(0, max) / sought;
  return 1;
}

/**
 * The fit of startup i and investor j in milli-points; with `out`, each part's milli-points in
 * INVESTOR_PARTS order. Used for the candidate graph and the explanations alike.
 */
export function investorPairMilli(
  s: StartupCodes,
  v: InvestorCodes,
  dict: Dictionaries,
  maxima: Int32Array,
  i: number,
  j: number,
  out?: Int32Array,
): number {
  const sector = partPoints(
    maxima[0]!,
    s.sectorUnknown[i] === 1 || v.sectorOpen[j] === 1
      ? 0.5
      : intersects(s.sectorBits, i, v.sectorBits, j, dict.words.sectors)
        ? 1
        : 0,
  );
  const stage = s.stage[i]!;
  const stagePoints = partPoints(
    maxima[1]!,
    stage < 0 || v.stageOpen[j] === 1
      ? 0.5
      : hasBit(v.stageBits, j * dict.words.stages, stage)
        ? 1
        : 0,
  );
  const ticket = partPoints(
    maxima[2]!,
    ticketFraction(s.funding[i]!, v.ticketMin[j]!, v.ticketMax[j]!),
  );
  const region = partPoints(
    maxima[3]!,
    v.placeOpen[j] === 1
      ? 1
      : s.placeUnknown[i] === 1
        ? 0.5
        : intersects(s.placeBits, i, v.placeBits, j, dict.words.places)
          ? 1
          : 0,
  );
  if (out) {
    out[0] = sector;
    out[1] = stagePoints;
    out[2] = ticket;
    out[3] = region;
  }
  return sector + stagePoints + ticket + region;
}
