import type { Flags, Result } from 'lighthouse';

/** What one Lighthouse run measured on one page. */
export interface PageMeasurement {
  /** Lighthouse's performance score, 0–100. */
  score: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
  requests: number;
  transferBytes: number;
  scriptRequests: number;
  scriptTransferBytes: number;
  /** Lighthouse's measure of this machine's CPU speed at the time (lower: slower or busier). */
  benchmarkIndex: number;
  /** The audits that found something to gain, most estimated time saved first. */
  blamed: { title: string; savingsMs: number }[];
}

interface ResourceSummaryItem {
  resourceType: string;
  requestCount: number;
  transferSize: number;
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no ${audit}`);
  return value;
}

function resource(lhr: Result, type: string): ResourceSummaryItem {
  const details = lhr.audits['resource-summary']?.details;
  const items = (details && 'items' in details ? details.items : []) as ResourceSummaryItem[];
  return (
    items.find((item) => item.resourceType === type) ?? {
      resourceType: type,
      requestCount: 0,
      transferSize: 0,
    }
  );
}

function blamedAudits(lhr: Result): PageMeasurement['blamed'] {
  return Object.values(lhr.audits)
    .map((audit) => {
      const savings = audit.metricSavings;
      const savingsMs = Math.max(savings?.LCP ?? 0, savings?.FCP ?? 0, savings?.TBT ?? 0);
      return { title: audit.title, savingsMs, passed: (audit.score ?? 1) >= 0.9 };
    })
    .filter((audit) => !audit.passed && audit.savingsMs > 0)
    .sort((a, b) => b.savingsMs - a.savingsMs)
    .map(({ title, savingsMs }) => ({ title, savingsMs: Math.round(savingsMs) }));
}

/** The figures of a Lighthouse result that the report prints. */
export function summarise(lhr: Result): PageMeasurement {
  const total = resource(lhr, 'total');
  const script = resource(lhr, 'script');
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    firstContentfulPaintMs: numeric(lhr, 'first-contentful-paint'),
    largestContentfulPaintMs: numeric(lhr, 'largest-contentful-paint'),
    totalBlockingTimeMs: numeric(lhr, 'total-blocking-time'),
    cumulativeLayoutShift: numeric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: numeric(lhr, 'speed-index'),
    requests: total.requestCount,
    transferBytes: total.transferSize,
    scriptRequests: script.requestCount,
    scriptTransferBytes: script.transferSize,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    blamed: blamedAudits(lhr),
  };
}

export type FormFactor = 'mobile' | 'desktop';

/**
 * One Lighthouse run of the performance category on a Chrome already listening on `port`, as
 * PageSpeed Insights runs it: `mobile` (Lighthouse's default: a phone on simulated slow 4G with a
 * 4× slower CPU) or `desktop` (its desktop preset: fast connection, no CPU slowdown). `cookie`
 * signs the page in: Lighthouse sends it with every request.
 */
export async function auditPage(
  url: string,
  port: number,
  cookie: string,
  formFactor: FormFactor,
): Promise<Result> {
  // Lighthouse is ESM-only; a dynamic import loads it from this CommonJS package.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    extraHeaders: { Cookie: cookie },
  };
  // A trace now and then lacks its navigation start on a busy machine (NO_NAVSTART), and
  // Lighthouse's advice is to run again: one more try, then the error.
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result.lhr;
    if (attempt === 2) throw new Error(`Lighthouse failed on ${url}: ${error.message}`);
    console.log(`          (Lighthouse: ${error.code}; running again)`);
  }
}
