import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { PORTAL_PERMISSIONS, type PortalAppointment, type PortalLinkView } from '@tailwise/contracts';
import { ConfirmDialog, EmptyState, ErrorState, MOBILE_MEDIA_QUERY, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sexLabel, speciesLabel } from '../animals/animal-labels';
import { useSignedInUser } from '../auth/session';
import { BookingSection } from '../scheduling/booking-section';
import { NoClinicsYet } from '../shell/no-clinics-yet';
import { useReportClosedAccess, useSelectedClinic } from '../shell/selected-clinic';
import { AnimalDetailsForm, animalDetailsValues } from './animal-details-form';
import { byDateAndTime, categoryText, dateText, statusColor, statusLabel, timeText } from './appointment-labels';
import { appointmentsQuery, useDeleteAppointment, useSetAppointmentAnimal } from './appointment-queries';

type Dialog = { kind: 'animal'; appointment: PortalAppointment } | { kind: 'delete'; appointment: PortalAppointment } | null;

/** The appointments the clinic chosen in the switcher released to the account: fill in each animal, or delete it. */
export function AppointmentsPage() {
  const me = useSignedInUser();
  const { link } = useSelectedClinic();
  const canView = me.permissions.includes(PORTAL_PERMISSIONS.viewAppointments);
  let content;
  if (!canView) {
    content = (
      <Alert color="gray" variant="light" title="Only for those who may view appointments">
        Ask a user of {me.account.name} who manages users to give you the View appointments permission.
      </Alert>
    );
  } else if (!link) {
    content = <NoClinicsYet />;
  } else {
    content = (
      <>
        <BookingSection link={link} />
        <Title order={2} size="h3" mb="sm">
          Your Appointments
        </Title>
        <ClinicAppointments link={link} canDelete={me.permissions.includes(PORTAL_PERMISSIONS.deleteAppointments)} />
      </>
    );
  }
  return (
    <>
      <PageTitle
        title="Appointments"
        description={canView && link ? `Your appointments with ${link.organizationName}. Add each animal's details before the day.` : undefined}
      />
      {content}
    </>
  );
}

function ClinicAppointments({ link, canDelete }: { link: PortalLinkView; canDelete: boolean }) {
  const me = useSignedInUser();
  const appointments = useQuery(appointmentsQuery(me.account.id, link.organizationId));
  useReportClosedAccess(appointments.error);
  const setAnimal = useSetAppointmentAnimal(link.organizationId);
  const remove = useDeleteAppointment(link.organizationId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const fullScreen = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const close = () => setDialog(null);

  const confirmDelete = (appointment: PortalAppointment) => {
    setDeleteError(null);
    remove.mutate(appointment.id, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'teal', message: `The appointment on ${dateText(appointment.date)} was deleted` });
      },
      onError: (error) => {
        close();
        setDeleteError(error.message);
      },
    });
  };

  if (appointments.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading appointments…</Text>
      </Group>
    );
  }
  if (appointments.isError) {
    return <ErrorState title="Appointments could not be loaded" message={appointments.error.message} onRetry={() => void appointments.refetch()} />;
  }
  if (appointments.data.length === 0) {
    return <EmptyState title="No appointments yet" description={`${link.organizationName} has not released any appointments to you yet.`} />;
  }

  return (
    <>
      {deleteError ? (
        <Alert color="red" variant="light" role="alert" mb="md" withCloseButton closeButtonLabel="Dismiss" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      ) : null}
      <AppointmentTable
        organizationName={link.organizationName}
        showClinic={link.clinics.length > 1}
        appointments={[...appointments.data].sort(byDateAndTime)}
        canDelete={canDelete}
        onAnimal={(appointment) => setDialog({ kind: 'animal', appointment })}
        onDelete={(appointment) => setDialog({ kind: 'delete', appointment })}
      />

      <Modal
        opened={dialog?.kind === 'animal'}
        onClose={close}
        title={dialog?.kind === 'animal' ? `Animal details: ${whenText(dialog.appointment)}` : 'Animal details'}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': 'Close dialog' }}
        closeOnClickOutside={false}
      >
        {dialog?.kind === 'animal' ? (
          <AnimalDetailsForm
            defaultValues={animalDetailsValues(dialog.appointment.animal)}
            onCancel={close}
            onSubmit={async (body) => {
              const saved = await setAnimal.mutateAsync({ appointmentId: dialog.appointment.id, body });
              close();
              notifications.show({ color: 'teal', message: `${saved.animal?.name ?? 'The animal'} was saved for ${whenText(saved)}` });
            }}
          />
        ) : null}
      </Modal>

      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title="Delete appointment?"
        message={
          dialog?.kind === 'delete'
            ? `The appointment on ${whenText(dialog.appointment)} is given back to ${link.organizationName}. This can't be undone; ask the clinic if you need it again.`
            : ''
        }
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onConfirm={() => dialog?.kind === 'delete' && confirmDelete(dialog.appointment)}
        onCancel={close}
      />
    </>
  );
}

interface AppointmentTableProps {
  organizationName: string;
  showClinic: boolean;
  appointments: readonly PortalAppointment[];
  canDelete: boolean;
  onAnimal: (appointment: PortalAppointment) => void;
  onDelete: (appointment: PortalAppointment) => void;
}

function AppointmentTable({ organizationName, showClinic, appointments, canDelete, onAnimal, onDelete }: AppointmentTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">{`Your appointments at ${organizationName}`}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            {showClinic ? <Table.Th scope="col">Clinic</Table.Th> : null}
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Category</Table.Th>
            <Table.Th scope="col">Animal</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appointments.map((appointment) => (
            <Table.Tr key={appointment.id}>
              <Table.Th scope="row" fw={500}>
                {dateText(appointment.date)}
              </Table.Th>
              <Table.Td>{timeText(appointment.startTime)}</Table.Td>
              {showClinic ? <Table.Td>{appointment.clinicName}</Table.Td> : null}
              <Table.Td>{appointment.typeName}</Table.Td>
              <Table.Td>{categoryText(appointment)}</Table.Td>
              <Table.Td>
                <AnimalCell appointment={appointment} />
              </Table.Td>
              <Table.Td>
                <Badge color={statusColor(appointment)} variant="light" size="sm">
                  {statusLabel(appointment)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {appointment.locked ? (
                  // Read-only from check-in on: the clinic has the animal, so the portal says why nothing can change.
                  <Text size="sm" c="dimmed">
                    {appointment.lockedReason}
                  </Text>
                ) : (
                  <Group gap="xs" wrap="nowrap">
                    <Button variant="subtle" size="compact-sm" onClick={() => onAnimal(appointment)} aria-label={`Animal details for ${whenText(appointment)}`}>
                      Animal details
                    </Button>
                    {canDelete ? (
                      <Button variant="subtle" color="red" size="compact-sm" onClick={() => onDelete(appointment)} aria-label={`Delete the appointment on ${whenText(appointment)}`}>
                        Delete
                      </Button>
                    ) : null}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AnimalCell({ appointment }: { appointment: PortalAppointment }) {
  const { animal } = appointment;
  if (!animal) {
    return (
      <Text size="sm" c="orange.8" fw={500}>
        Animal details needed
      </Text>
    );
  }
  const facts = [speciesLabel(animal), animal.sex === 'unknown' ? 'sex unknown' : sexLabel(animal), animal.weightKg === null ? null : `${animal.weightKg} kg`, animal.arrivingInTrap ? 'in a trap' : null];
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {animal.name}
      </Text>
      <Text size="xs" c="dimmed">
        {facts.filter(Boolean).join(', ')}
      </Text>
    </Stack>
  );
}

/** "Tue, Jan 15, 2030 at 8:00 AM": names one appointment in buttons and dialogs. */
function whenText(appointment: Pick<PortalAppointment, 'date' | 'startTime'>): string {
  return `${dateText(appointment.date)} at ${timeText(appointment.startTime)}`;
}
