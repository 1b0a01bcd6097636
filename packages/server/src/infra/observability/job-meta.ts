import { currentRequestId } from './request-context';

/**
 * What a job carries besides its payload: the request that enqueued it, so the worker's log lines
 * can be joined with the request's. Kept in a `meta` field next to the payload's own fields;
 * handlers read only the payload fields and never see it.
 */
export interface JobMeta {
  meta?: { requestId?: string };
}

/** A copy of the payload, with the current request's id added inside a request. */
export function withJobMeta(payload: object): Record<string, unknown> & JobMeta {
  const requestId = currentRequestId();
  return requestId ? { ...payload, meta: { requestId } } : { ...payload };
}

/** The id of the request that enqueued a job, if a request did. */
export function requestIdOfJob(data: unknown): string | undefined {
  const meta = (data as JobMeta | null | undefined)?.meta;
  return typeof meta?.requestId === 'string' ? meta.requestId : undefined;
}
