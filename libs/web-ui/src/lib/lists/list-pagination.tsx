import { Group, Pagination, Text } from '@mantine/core';

export interface ListPaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** What is counted, in the plural: "clients" in "Showing 1–25 of 60 clients". */
  noun?: string;
  /** The server stopped counting: there are at least `total`. */
  totalIsLowerBound?: boolean;
}

/** The number of pages a list of `total` items has, at least 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** "Showing 26–50 of 60 clients", or "2 clients" when they all fit on one page; `noun` is the plural. */
export function rangeText(page: number, pageSize: number, total: number, noun = 'results', totalIsLowerBound = false): string {
  if (total === 0) return `No ${noun}`;
  if (total <= pageSize && page === 1 && !totalIsLowerBound) return `${total} ${total === 1 ? noun.replace(/s$/, '') : noun}`;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Showing ${first}–${last} of ${totalIsLowerBound ? 'at least ' : ''}${total} ${noun}`;
}

/** Where a list is and the pages around it; the page buttons are named for screen readers. */
export function ListPagination({ page, pageSize, total, onChange, noun, totalIsLowerBound = false }: ListPaginationProps) {
  const pages = pageCount(total, pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {rangeText(page, pageSize, total, noun, totalIsLowerBound)}
      </Text>
      {pages > 1 ? (
        <nav aria-label="Pagination">
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({ 'aria-label': `Page ${item}`, 'aria-current': item === page ? 'page' : undefined })}
            getControlProps={(control) => ({ 'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : `${control} page` })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
