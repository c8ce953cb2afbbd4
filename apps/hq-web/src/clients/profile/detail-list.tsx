import { Box, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** A titled list of label → value pairs (a `<dl>`); empty values read "—" unless `hideEmpty`. */
export function DetailList({ title, details, hideEmpty = false }: { title?: string; details: readonly Detail[]; hideEmpty?: boolean }) {
  const shown = hideEmpty ? details.filter((detail) => !isEmpty(detail.value)) : details;
  if (shown.length === 0) return null;
  return (
    <Box component="section">
      {title ? (
        <Title order={3} size="h5" mb="xs">
          {title}
        </Title>
      ) : null}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {shown.map((detail) => (
          <div key={detail.label}>
            <Text component="dt" size="sm" c="dimmed">
              {detail.label}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {isEmpty(detail.value) ? '—' : detail.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Box>
  );
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || value === false;
}
