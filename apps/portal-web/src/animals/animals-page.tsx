import { Badge, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Animal, PortalLinkView } from '@tailwise/contracts';
import { EmptyState, ErrorState, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useSignedInUser } from '../auth/session';
import { NoClinicsYet } from '../shell/no-clinics-yet';
import { useReportClosedAccess, useSelectedClinic } from '../shell/selected-clinic';
import { alteredLabel, sexLabel, speciesLabel, statusLabel } from './animal-labels';
import { animalsQuery } from './animal-queries';

/** The account's animals at the clinic chosen in the switcher. */
export function AnimalsPage() {
  const { link } = useSelectedClinic();
  return (
    <>
      <PageTitle title="Animals" description={link ? `Your animals on file at ${link.organizationName}.` : undefined} />
      {link ? <ClinicAnimals link={link} /> : <NoClinicsYet />}
    </>
  );
}

function ClinicAnimals({ link }: { link: PortalLinkView }) {
  const me = useSignedInUser();
  const animals = useQuery(animalsQuery(me.account.id, link.organizationId));
  useReportClosedAccess(animals.error);

  if (animals.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading animals…</Text>
      </Group>
    );
  }
  if (animals.isError) {
    return <ErrorState title="Animals could not be loaded" message={animals.error.message} onRetry={() => void animals.refetch()} />;
  }
  if (animals.data.length === 0) {
    return <EmptyState title="No animals yet" description={`${link.organizationName} has no animals on file for you yet.`} />;
  }
  return <AnimalTable organizationName={link.organizationName} animals={animals.data} />;
}

function AnimalTable({ organizationName, animals }: { organizationName: string; animals: readonly Animal[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">{`Your animals at ${organizationName}`}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Species</Table.Th>
            <Table.Th scope="col">Sex</Table.Th>
            <Table.Th scope="col">Altered</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {animals.map((animal) => (
            <Table.Tr key={animal.id}>
              <Table.Th scope="row" fw={500}>
                {animal.name}
              </Table.Th>
              <Table.Td>{speciesLabel(animal)}</Table.Td>
              <Table.Td>{sexLabel(animal)}</Table.Td>
              <Table.Td>{alteredLabel(animal)}</Table.Td>
              <Table.Td>
                <Badge color={animal.status === 'deceased' ? 'dark' : 'teal'} variant="light" size="sm">
                  {statusLabel(animal)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
