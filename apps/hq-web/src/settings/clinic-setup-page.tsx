import { Alert, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { STAFF_PERMISSIONS } from '@tailwise/contracts';
import { EmptyState, ErrorState, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInUser } from '../auth/session';
import { CapacityRulesSection } from './clinic-capacity-form';
import { HoursSection, PortalOptionsSection } from './clinic-forms';
import { AppointmentTypesSection } from './clinic-appointment-types-list';
import { ClosuresSection } from './clinic-closures-list';
import { ReasonsSection } from './clinic-reasons-list';
import { clinicSetupQuery } from './clinic-setup-queries';
import type { ClinicSectionProps } from './clinic-setup-section';

/** Whether the signed-in user's role may change clinic setup (everyone may read it). */
export function useCanManageSchedule(): boolean {
  return useSignedInUser().permissions.includes(STAFF_PERMISSIONS.manageSchedule);
}

export const READ_ONLY_NOTE =
  'You can see this setup but not change it: that needs the Manage schedule permission. Ask an admin of your organization to add it to your role.';

/** Settings → Clinic: a clinic's hours, closures, appointment types, day capacity, appointment reasons and portal options. */
export function ClinicSetupPage() {
  const me = useSignedInUser();
  const canEdit = useCanManageSchedule();
  const [clinicId, setClinicId] = useState(me.clinics[0]?.id ?? '');

  return (
    <>
      <PageTitle title="Clinic" description="How each clinic is open and booked: what the calendar and the client portal work from." />
      <Stack gap="lg">
        {me.clinics.length > 1 ? (
          <NativeSelect
            label="Clinic"
            data={me.clinics.map((clinic) => ({ value: clinic.id, label: clinic.name }))}
            value={clinicId}
            onChange={(event) => setClinicId(event.currentTarget.value)}
            maw={360}
          />
        ) : null}
        {canEdit ? null : (
          <Alert color="blue" variant="light" title="Read only">
            {READ_ONLY_NOTE}
          </Alert>
        )}
        {clinicId ? (
          // Each clinic starts its forms afresh.
          <ClinicSetupSections key={clinicId} clinicId={clinicId} canEdit={canEdit} />
        ) : (
          <EmptyState title="No clinics yet" description="Your organization has no clinic to set up." />
        )}
      </Stack>
    </>
  );
}

function ClinicSetupSections({ clinicId, canEdit }: { clinicId: string; canEdit: boolean }) {
  const setup = useQuery(clinicSetupQuery(clinicId));
  if (setup.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading the clinic setup…</Text>
      </Group>
    );
  }
  if (setup.isError) return <ErrorState message={setup.error.message} onRetry={() => void setup.refetch()} />;
  return <ClinicSetupView setup={setup.data} canEdit={canEdit} />;
}

export function ClinicSetupView({ setup, canEdit }: ClinicSectionProps) {
  return (
    <Stack gap="lg">
      <HoursSection setup={setup} canEdit={canEdit} />
      <ClosuresSection setup={setup} canEdit={canEdit} />
      <AppointmentTypesSection setup={setup} canEdit={canEdit} />
      <CapacityRulesSection setup={setup} canEdit={canEdit} />
      <ReasonsSection setup={setup} canEdit={canEdit} />
      <PortalOptionsSection setup={setup} canEdit={canEdit} />
    </Stack>
  );
}
