import { Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Animal, Client } from '@tailwise/contracts';
import { EmptyState, ErrorState, MOBILE_MEDIA_QUERY } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ALTERED_OPTIONS, ANIMAL_SEX_OPTIONS, formatDate, labelOf, SPECIES_OPTIONS } from '../client-labels';
import { animalsQuery, useSaveAnimal } from '../client-queries';
import { useCanManageClients } from '../clients-access';
import { AnimalForm } from '../forms/animal-form';
import { animalDefaults, animalValues, fromKg } from '../forms/animal-values';

type Editing = { mode: 'add' } | { mode: 'edit'; animal: Animal } | null;

/** The Animals tab: the client's animals, Add Animal, and Edit on each. */
export function AnimalsTab({ client }: { client: Client }) {
  const animals = useQuery(animalsQuery(client.id));
  const save = useSaveAnimal(client.id);
  const canManage = useCanManageClients();
  const [editing, setEditing] = useState<Editing>(null);
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;

  const addButton = canManage ? <Button onClick={() => setEditing({ mode: 'add' })}>Add Animal</Button> : null;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Animals
        </Title>
        {addButton}
      </Group>

      {animals.isPending ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden="true" />
          <Text c="dimmed">Loading animals…</Text>
        </Group>
      ) : animals.isError ? (
        <ErrorState message={animals.error.message} onRetry={() => void animals.refetch()} />
      ) : animals.data.length === 0 ? (
        <EmptyState title="No animals yet" description={canManage ? `Add ${client.displayName}'s first animal.` : undefined} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm">
            <VisuallyHidden component="caption">{`${client.displayName}'s animals`}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Species</Table.Th>
                <Table.Th scope="col">Sex</Table.Th>
                <Table.Th scope="col">Age</Table.Th>
                <Table.Th scope="col">Weight</Table.Th>
                <Table.Th scope="col">Microchip</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {animals.data.map((animal) => (
                <Table.Tr key={animal.id}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6} wrap="wrap">
                      <span>{animal.name}</span>
                      {animal.status === 'deceased' ? (
                        <Badge color="dark" variant="outline" size="sm">
                          Deceased
                        </Badge>
                      ) : null}
                      {animal.arrivingInTrap ? (
                        <Badge color="orange" variant="light" size="sm">
                          In a trap
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  <Table.Td>
                    {labelOf(SPECIES_OPTIONS, animal.species)}
                    {animal.breed || animal.colour ? (
                      <Text size="sm" c="dimmed">
                        {[animal.breed, animal.colour].filter(Boolean).join(', ')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {labelOf(ANIMAL_SEX_OPTIONS, animal.sex)}
                    <Text size="sm" c="dimmed">
                      {labelOf(ALTERED_OPTIONS, animal.altered).replace(/ \(.*\)$/, '')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{ageText(animal)}</Table.Td>
                  <Table.Td>{weightText(animal.weightKg)}</Table.Td>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{animal.microchip ?? '—'}</Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ mode: 'edit', animal })} aria-label={`Edit ${animal.name}`}>
                        Edit
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `Edit ${editing.animal.name}` : 'Add Animal'}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {editing ? (
          <AnimalForm
            defaultValues={editing.mode === 'edit' ? animalValues(editing.animal) : animalDefaults()}
            submitLabel={editing.mode === 'edit' ? 'Save Changes' : 'Add Animal'}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              const animal = await save.mutateAsync({ animalId: editing.mode === 'edit' ? editing.animal.id : undefined, body });
              setEditing(null);
              notifications.show({ color: 'teal', message: editing.mode === 'edit' ? `${animal.name} was saved` : `${animal.name} was added` });
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

export function ageText(animal: Pick<Animal, 'dateOfBirth' | 'estimatedAgeMonths'>): string {
  if (animal.dateOfBirth) return `Born ${formatDate(animal.dateOfBirth)}`;
  const months = animal.estimatedAgeMonths;
  if (months == null) return '—';
  if (months >= 24 && months % 12 === 0) return `About ${months / 12} years`;
  if (months === 12) return 'About 1 year';
  return `About ${months} month${months === 1 ? '' : 's'}`;
}

/** "3.2 kg (7.05 lb)". */
export function weightText(kg: number | null | undefined): string {
  if (kg == null) return '—';
  return `${fromKg(kg, 'kg')} kg (${fromKg(kg, 'lb')} lb)`;
}
