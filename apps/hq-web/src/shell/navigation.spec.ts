import { describe, expect, it } from 'vitest';
import { CLIENTS_NAV, SETTINGS_NAV, sectionNavFor } from './navigation';

describe('sectionNavFor', () => {
  it.each([
    ['/clients', CLIENTS_NAV],
    ['/clients/new', CLIENTS_NAV],
    ['/clients/volume/new', CLIENTS_NAV],
    ['/settings', SETTINGS_NAV],
    ['/settings/user-roles', SETTINGS_NAV],
    ['/', undefined],
    ['/calendar', undefined],
    ['/chat', undefined],
    ['/clientsx', undefined],
  ])('%s', (pathname, expected) => {
    expect(sectionNavFor(pathname)).toBe(expected);
  });

  it('every menu entry lives under its section', () => {
    for (const item of CLIENTS_NAV.items) expect(sectionNavFor(item.to)).toBe(CLIENTS_NAV);
    for (const item of SETTINGS_NAV.items) expect(sectionNavFor(item.to)).toBe(SETTINGS_NAV);
  });
});
