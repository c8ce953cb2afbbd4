import { Anchor, Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { SEARCH_TYPES, type SearchResult, searchQuerySchema } from '@tailwise/contracts';
import type { ClientSearchParams } from '@tailwise/web-api';
import { EmptyState, ErrorState, ListPagination, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { kindLabel, MATCHED_ON_LABELS, SEARCH_TYPE_OPTIONS } from './client-labels';
import { useClientActions } from './client-actions';
import { CLIENTS_PAGE_SIZE, clientSearchQuery } from './client-queries';
import { useCanManageClients } from './clients-access';

type SearchType = (typeof SEARCH_TYPES)[number];

/** The search in the address (`?q=…&type=…&page=…`), or `null` before anything was searched. */
export function searchParamsFrom(search: URLSearchParams): ClientSearchParams | null {
  const parsed = searchQuerySchema.safeParse({
    q: search.get('q') ?? '',
    type: search.get('type') ?? undefined,
    page: search.get('page') ?? undefined,
    pageSize: CLIENTS_PAGE_SIZE,
  });
  return parsed.success ? parsed.data : null;
}

/** Search Clients and Animals: names, phone numbers, emails, animal names and microchips, filtered by type. */
export function SearchPage() {
  const [search, setSearch] = useSearchParams();
  const params = searchParamsFrom(search);
  const results = useQuery({ ...clientSearchQuery(params ?? { q: '' }), enabled: params !== null });

  const onSearch = (q: string, type: SearchType) => {
    if (params && params.q === q && params.type === type && (params.page ?? 1) === 1) void results.refetch();
    else setSearch(type === 'all' ? { q } : { q, type });
  };

  const setPage = (page: number) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (page > 1) next.set('page', String(page));
      else next.delete('page');
      return next;
    });

  return (
    <>
      <PageTitle title="Search Clients and Animals" description="Find a client or an animal by name, phone number, email, animal name or microchip." />
      {/* Keyed by the address: Back and Forward show the search that was made. */}
      <SearchForm key={search.toString()} initialText={search.get('q') ?? ''} initialType={params?.type ?? 'all'} searching={results.isFetching && params !== null} onSearch={onSearch} />

      {params === null ? (
        <EmptyState title="Search for a client or an animal" description="Type at least 2 characters: part of a name, a phone number, an email or a microchip." />
      ) : results.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Searching…</Text>
        </Group>
      ) : results.isError ? (
        <ErrorState message={results.error.message} onRetry={() => void results.refetch()} />
      ) : results.data.items.length === 0 ? (
        <EmptyState
          title="No clients or animals match"
          description={`Nothing matches “${params.q}”${params.type === 'all' ? '' : ` under ${SEARCH_TYPE_OPTIONS.find((o) => o.value === params.type)?.label}`}. Try part of a name, a phone number, an email or a microchip.`}
        />
      ) : (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Results">
            {results.data.items.map((result) => (
              <SearchResultItem key={`${result.kind}:${result.id}`} result={result} />
            ))}
          </Stack>
          <ListPagination
            page={results.data.page}
            pageSize={results.data.pageSize}
            total={results.data.total}
            totalIsLowerBound={results.data.totalIsLowerBound}
            noun="results"
            onChange={setPage}
          />
        </>
      )}
    </>
  );
}

function SearchForm({
  initialText,
  initialType,
  searching,
  onSearch,
}: {
  initialText: string;
  initialType: SearchType;
  searching: boolean;
  onSearch: (q: string, type: SearchType) => void;
}) {
  const [text, setText] = useState(initialText);
  const [type, setType] = useState<SearchType>(initialType);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = searchQuerySchema.shape.q.safeParse(text);
    if (!q.success) {
      setError(q.error.issues[0]?.message ?? 'Type at least 2 characters');
      return;
    }
    setError(null);
    onSearch(q.data, type);
  };

  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Clients and animals">
      <Group align="flex-start" gap="sm" wrap="wrap" mb="lg">
        <TextInput
          label="Search for"
          placeholder="Name, phone, email or microchip"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={error}
          autoComplete="off"
          style={{ flex: '1 1 260px' }}
        />
        <NativeSelect
          label="Type"
          data={SEARCH_TYPE_OPTIONS}
          value={type}
          onChange={(event) => setType(event.currentTarget.value as SearchType)}
          w={{ base: '100%', xs: 180 }}
        />
        <Button type="submit" mt={{ base: 0, xs: 28 }} loading={searching}>
          Search
        </Button>
      </Group>
    </form>
  );
}

function SearchResultItem({ result }: { result: SearchResult }) {
  const canManage = useCanManageClients();
  const isClient = result.kind === 'client';
  const disabled = isClient && result.status === 'disabled';
  const to = isClient ? `/clients/${result.clientId}` : `/clients/${result.clientId}/animals`;
  // As in the clinics' guides: search, then Disable or Delete right from the result.
  const actions = useClientActions({ id: result.clientId, name: result.title, status: result.status }, { size: 'sm', nameButtons: true });

  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={to} fw={600}>
              {result.title}
            </Anchor>
            <Badge variant="light" color={isClient ? (result.clientKind === 'volume' ? 'grape' : 'blue') : 'orange'}>
              {isClient ? kindLabel(result.clientKind) : 'Animal'}
            </Badge>
            {disabled ? (
              <Badge color="gray" variant="filled">
                Disabled
              </Badge>
            ) : null}
            {!isClient && result.status === 'deceased' ? (
              <Badge color="dark" variant="outline">
                Deceased
              </Badge>
            ) : null}
          </Group>
          {result.subtitle ? <Text size="sm">{isClient ? result.subtitle : `Owner: ${result.subtitle}`}</Text> : null}
          <Text size="xs" c="dimmed">
            Matched on {MATCHED_ON_LABELS[result.matchedOn]}
          </Text>
        </Stack>
        {isClient && canManage ? actions.buttons : null}
      </Group>
      {isClient && canManage ? (
        <Stack gap="xs" mt="xs">
          {actions.notices}
        </Stack>
      ) : null}
    </Paper>
  );
}
