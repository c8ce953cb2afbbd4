import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { ListPagination, pageCount, rangeText } from './list-pagination';

describe('rangeText', () => {
  it.each([
    [1, 25, 0, 'No clients'],
    [1, 25, 1, '1 client'],
    [1, 25, 2, '2 clients'],
    [1, 25, 60, 'Showing 1–25 of 60 clients'],
    [3, 25, 60, 'Showing 51–60 of 60 clients'],
  ])('page %i of %i per page, %i in all: %s', (page, pageSize, total, text) => {
    expect(rangeText(page, pageSize, total, 'clients')).toBe(text);
  });

  it('says "at least" when the server stopped counting', () => {
    expect(rangeText(1, 25, 1000, 'results', true)).toBe('Showing 1–25 of at least 1000 results');
  });
});

describe('pageCount', () => {
  it('is at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});

describe('ListPagination', () => {
  it('names its page buttons and marks the current page', () => {
    const html = renderStatic(<ListPagination page={2} pageSize={10} total={35} noun="clients" onChange={() => undefined} />);
    expect(html).toContain('Showing 11–20 of 35 clients');
    expect(html).toMatch(/<nav aria-label="Pagination">/);
    expect(html).toMatch(/aria-label="Page 2"[^>]*aria-current="page"|aria-current="page"[^>]*aria-label="Page 2"/);
    expect(html).toContain('aria-label="Previous page"');
    expect(html).toContain('aria-label="Next page"');
  });

  it('has no page buttons when everything fits on one page', () => {
    const html = renderStatic(<ListPagination page={1} pageSize={25} total={3} noun="clients" onChange={() => undefined} />);
    expect(html).toContain('3 clients');
    expect(html).not.toContain('Pagination');
  });
});
