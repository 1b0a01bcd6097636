import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../infra/config/kohorte-config';
import { escapeHtml, html, trusted } from './html';
import { MailRenderer, publicLink } from './mail-renderer';
import { MailDataError } from './mail-template';

const config = loadConfig({
  DATABASE_URL: 'postgres://unused',
  PUBLIC_URL: 'https://crm.example.org/kohorte/',
  INCUBATOR_NAME: 'Lab "A&B" <Leipzig>',
});
const renderer = new MailRenderer(config);
const hostile = {
  name: '<img src=x onerror=alert(1)>',
  message: 'Q&A: "quotes" and \'apostrophes\' </p><script>alert(1)</script>',
  path: '/respond/abc?x=1&y="2"',
};

describe('html', () => {
  it('escapes every interpolated value but nested html fragments and trusted markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${trusted('<br>')}${['<a>', 1, null]}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b><br>&lt;a&gt;1</p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('publicLink', () => {
  it('puts paths on the public URL, keeping its own path', () => {
    expect(publicLink(config.publicUrl, '/respond/t')).toBe(
      'https://crm.example.org/kohorte/respond/t',
    );
  });

  it('refuses anything that could lead to another host', () => {
    for (const path of ['https://evil.example', '//evil.example/x', 'respond', '/a b', '/\\evil']) {
      expect(() => publicLink(config.publicUrl, path)).toThrow(MailDataError);
    }
  });
});

describe('MailRenderer', () => {
  it('escapes data and the incubator name in the HTML, and keeps the text part plain', () => {
    const mail = renderer.render('test-message', hostile, 'en');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,');
    expect(mail.html).toContain(
      'Q&amp;A: &quot;quotes&quot; and &#39;apostrophes&#39; &lt;/p&gt;&lt;script&gt;',
    );
    expect(mail.html).toContain(
      'href="https://crm.example.org/kohorte/respond/abc?x=1&amp;y=&quot;2&quot;"',
    );
    expect(mail.html).toContain('Lab &quot;A&amp;B&quot; &lt;Leipzig&gt;');
    expect(mail.subject).toBe('Test message from Lab "A&B" <Leipzig>');
    expect(mail.text).toContain(`Hello ${hostile.name},`);
    expect(mail.text).toContain(hostile.message);
    expect(mail.text).toContain(
      'Open the link: https://crm.example.org/kohorte/respond/abc?x=1&y="2"',
    );
  });

  it('renders German and English with the footer that says why', () => {
    const data = { name: 'Ada', message: 'Hi', path: '/mailbox' };
    const de = renderer.render('test-message', data, 'de');
    const en = renderer.render('test-message', data, 'en');
    expect(de.subject).toBe('Testnachricht von Lab "A&B" <Leipzig>');
    expect(en.subject).toBe('Test message from Lab "A&B" <Leipzig>');
    expect(de.html).toContain('<html lang="de">');
    expect(en.html).toContain('<html lang="en">');
    expect(de.text).toContain('Hallo Ada,');
    expect(de.text).toContain('Sie erhalten diese E-Mail, weil jemand die E-Mail-Einstellungen');
    expect(en.text).toContain('You receive this because someone is testing the email setup');
    expect(de.html).toContain('Sie erhalten diese E-Mail, weil');
    expect(de.text.startsWith('Lab "A&B" <Leipzig>\n')).toBe(true);
    expect(de.text).toContain('\n-- \n');
  });

  it('refuses an unknown template and data without what the template needs', () => {
    expect(() => renderer.render('no-such-template', {}, 'en')).toThrow(MailDataError);
    expect(() => renderer.render('test-message', { message: 'no path' }, 'en')).toThrow(/"path"/);
    expect(() => renderer.render('test-message', { message: 'x', path: 42 }, 'en')).toThrow(
      MailDataError,
    );
  });
});
