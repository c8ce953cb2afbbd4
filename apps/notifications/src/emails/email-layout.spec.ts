import { escapeHtml, oneLine, renderEmail, strong } from './email-layout';

const content = {
  subject: 'Subject',
  greeting: 'Hi <Ana>,',
  paragraphs: [['Welcome to ', strong('Paws & Whiskers'), '.'], ['Second & last.']],
  action: { intro: 'Do it:', label: 'Go', url: 'https://app.tailwise.test/x#token=a&b' },
  notes: ['Small "print".'],
};

describe('renderEmail', () => {
  it('writes the text version as plain paragraphs with the link on its own line', () => {
    expect(renderEmail(content).text).toBe(
      [
        'Hi <Ana>,',
        '',
        'Welcome to Paws & Whiskers.',
        '',
        'Second & last.',
        '',
        'Do it:',
        'https://app.tailwise.test/x#token=a&b',
        '',
        'Small "print".',
        '',
        'The Tailwise team',
        '',
      ].join('\n'),
    );
  });

  it('escapes every piece of the HTML version and bolds strong runs', () => {
    const { html, subject } = renderEmail(content);
    expect(subject).toBe('Subject');
    expect(html).toContain('<p>Hi &lt;Ana&gt;,</p>');
    expect(html).toContain('<p>Welcome to <strong>Paws &amp; Whiskers</strong>.</p>');
    expect(html).toContain('<p>Second &amp; last.</p>');
    expect(html).toContain('<a href="https://app.tailwise.test/x#token=a&amp;b">Go</a>');
    expect(html).toContain('paste this address into your browser: https://app.tailwise.test/x#token=a&amp;b</p>');
    expect(html).toContain('Small &quot;print&quot;.</p>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });
});

describe('oneLine', () => {
  it('folds line breaks and runs of spaces into single spaces', () => {
    expect(oneLine('  Ana\r\nBcc: x@evil.test\t ')).toBe('Ana Bcc: x@evil.test');
  });
});
