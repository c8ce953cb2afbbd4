import { findTag, textsOf } from '@tailwise/web-ui';
import { describe, expect, it } from 'vitest';
import { dana, HAPPY_TAILS_ID, PAWS_ID, renderApp } from '../test/render-app';
import { closedAccessNotice, selectedLink } from './selected-clinic';

const switcher = (html: string) => html.match(/<select[^>]*aria-label="Clinic"[\s\S]*?<\/select>/)?.[0] ?? '';

describe('the clinic switcher', () => {
  it("lists the organizations the account is linked to, the first selected", () => {
    const html = switcher(renderApp('/appointments', dana));
    expect(textsOf(html, 'option')).toEqual(['Happy Tails Spay & Neuter', 'Paws Community Clinic']);
    expect(findTag(html, `value="${HAPPY_TAILS_ID}"`)).toContain('selected');
    expect(html).not.toMatch(/<select[^>]*disabled/);
  });

  it('says when no clinic is linked yet', () => {
    const html = switcher(renderApp('/appointments', { ...dana, links: [] }));
    expect(html).toMatch(/<select[^>]*disabled/);
    expect(textsOf(html, 'option')).toEqual(['No clinics yet']);
  });

  it('keeps the chosen organization while the account has it, else falls back to the first', () => {
    expect(selectedLink(dana.links, PAWS_ID)?.organizationName).toBe('Paws Community Clinic');
    expect(selectedLink(dana.links, null)?.organizationId).toBe(HAPPY_TAILS_ID);
    expect(selectedLink(dana.links.slice(0, 1), PAWS_ID)?.organizationId).toBe(HAPPY_TAILS_ID);
    expect(selectedLink([], PAWS_ID)).toBeNull();
  });

  it('says which clinic closed the access once the account no longer has it', () => {
    const [happyTails, paws] = dana.links;
    expect(closedAccessNotice(paws, [happyTails])).toBe('Paws Community Clinic closed your portal access');
    expect(closedAccessNotice(paws, dana.links)).toBeNull();
  });
});
