import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../infra/config/kohorte-config';
import { oneLineHeader } from './header-text';
import { MailRenderer } from './mail-renderer';

describe('oneLineHeader', () => {
  it('turns each run of line breaks and control characters into one space', () => {
    expect(oneLineHeader('Evil\r\nBcc: victim@example.org')).toBe('Evil Bcc: victim@example.org');
    expect(oneLineHeader('a\u0000\u0085b\u2028c\td\u007f')).toBe('a b c d');
    expect(oneLineHeader('\n Ümlaut & <ok> \r')).toBe('Ümlaut & <ok>');
  });
});

describe('MailRenderer subjects', () => {
  it('keeps a subject on one line whatever the data holds', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused',
      PUBLIC_URL: 'https://crm.example.org',
      INCUBATOR_NAME: 'Lab\r\nBcc: victim@example.org',
    });
    const mail = new MailRenderer(config).render(
      'test-message',
      { message: 'Hi', path: '/mailbox' },
      'en',
    );
    expect(mail.subject).toBe('Test message from Lab Bcc: victim@example.org');
  });
});
