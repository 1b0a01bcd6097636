import { describe, expect, it } from '@jest/globals';
import { auditParams } from './privacy-api';

describe('auditParams', () => {
  it('sends only the filters that are set, trimmed', () => {
    const params = auditParams({
      userId: '',
      recordId: ' 8876e13c-7d69-4633-9bd3-c528ea42e21e ',
      action: 'read',
      from: '2026-12-01',
      to: '  ',
    });
    expect(params.toString()).toBe(
      'recordId=8876e13c-7d69-4633-9bd3-c528ea42e21e&action=read&from=2026-12-01',
    );
  });

  it('sends nothing for an empty search', () => {
    expect(auditParams({ userId: '', recordId: '', action: '', from: '', to: '' }).keys()).toEqual(
      [],
    );
  });
});
