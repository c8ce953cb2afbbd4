import { describe, expect, it } from 'vitest';
import { attr, findTag, labelsOf, linksOf, textsOf } from './markup';

const html =
  '<main><h1 class="t">Welcome, <b>Ada</b></h1><label for="e">Email<span> *</span></label><label>Password</label>' +
  '<a href="/sign-up" class="x">Sign up &amp; start</a><a href="/help">Ada&#x27;s &quot;help&quot; &lt;here&gt;</a>' +
  '<input id="e" name="email" aria-invalid="true"/></main>';

describe('markup readers', () => {
  it('reads the text of elements by tag, without inner markup', () => {
    expect(textsOf(html, 'h1')).toEqual(['Welcome, Ada']);
    expect(textsOf(html, 'h2')).toEqual([]);
  });

  it('reads labels without the required asterisk', () => {
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
  });

  it('reads links with their decoded text', () => {
    expect(linksOf(html)).toEqual([
      { href: '/sign-up', text: 'Sign up & start' },
      { href: '/help', text: `Ada's "help" <here>` },
    ]);
  });

  it('finds an opening tag and reads its attributes', () => {
    const input = findTag(html, 'name="email"');
    expect(attr(input, 'id')).toBe('e');
    expect(attr(input, 'aria-invalid')).toBe('true');
    expect(attr(input, 'title')).toBeUndefined();
    expect(findTag(html, 'name="password"')).toBeUndefined();
  });
});
