import { zodResolver } from '@hookform/resolvers/zod';
import { Button, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Closure, type ClosureInput, closureInputSchema } from '@tailwise/contracts';
import { ConfirmDialog, FormActions, FormAlert, TextField } from '@tailwise/web-ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatLocalDate } from './clinic-setup-labels';
import { SetupDialog, SetupTable, useSetupFormSubmit } from './clinic-setup-parts';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { clinicSetupService } from '../app/api';
import { useClinicSetupChange } from './clinic-setup-queries';

const CLOSURE_FIELDS = ['startDate', 'endDate', 'reason'] as const;

export const closureDates = (closure: Pick<Closure, 'startDate' | 'endDate'>) =>
  closure.startDate === closure.endDate ? formatLocalDate(closure.startDate) : `${formatLocalDate(closure.startDate)} to ${formatLocalDate(closure.endDate)}`;

export const deleteClosureMessage = (closure: Closure) =>
  `This permanently deletes the closure "${closure.reason}" (${closureDates(closure)}) and can't be undone: the clinic is open again on those days, by its hours of operation.`;

export function ClosuresSection({ setup, canEdit }: ClinicSectionProps) {
  const clinicId = setup.clinic.id;
  const create = useClinicSetupChange(clinicId, clinicSetupService.createClosure);
  const remove = useClinicSetupChange(clinicId, clinicSetupService.removeClosure);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Closure | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const closures = [...setup.closures].sort((a, b) => a.startDate.localeCompare(b.startDate));

  return (
    <SetupSection
      title="Closures and holidays"
      description="Days the clinic is closed whatever its hours; the end date is included."
      actions={canEdit ? <Button onClick={() => setAdding(true)}>Add Closure</Button> : null}
    >
      <Stack gap="sm">
        <FormAlert message={failure} />
        <SetupTable
          caption="Closures and holidays"
          minWidth={480}
          columns={['Reason', 'Dates']}
          items={closures}
          emptyText="No closures or holidays yet."
          rowHeader={(closure) => closure.reason}
          cells={(closure) => [closureDates(closure)]}
          action={
            canEdit
              ? (closure) => (
                  <Button
                    color="red"
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setDeleting(closure)}
                    aria-label={`Delete closure ${closure.reason} (${closureDates(closure)})`}
                  >
                    Delete
                  </Button>
                )
              : undefined
          }
        />
      </Stack>
      <SetupDialog title="Add Closure" opened={adding} onClose={() => setAdding(false)}>
        <ClosureForm
          onCancel={() => setAdding(false)}
          onSubmit={async (body) => {
            const saved = await create.mutateAsync(body);
            setAdding(false);
            notifications.show({ color: 'teal', message: `Closure "${saved.reason}" added` });
          }}
        />
      </SetupDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this closure?"
        message={deleting ? deleteClosureMessage(deleting) : ''}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          setFailure(null);
          remove.mutate(deleting.id, {
            onSuccess: () => notifications.show({ color: 'teal', message: `Closure "${deleting.reason}" deleted` }),
            onError: (error) => setFailure(error.message),
            onSettled: () => setDeleting(null),
          });
        }}
      />
    </SetupSection>
  );
}

export function ClosureForm({ onSubmit, onCancel }: { onSubmit: (body: ClosureInput) => Promise<unknown>; onCancel?: () => void }) {
  const form = useForm<ClosureInput, unknown, ClosureInput>({
    resolver: zodResolver(closureInputSchema),
    defaultValues: { startDate: '', endDate: '', reason: '' },
  });
  const { submit, formError } = useSetupFormSubmit(form, CLOSURE_FIELDS, onSubmit);
  return (
    <form onSubmit={submit} noValidate aria-label="Closure">
      <Stack gap="md">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField control={form.control} name="startDate" label="Start date" type="date" required data-autofocus />
          <TextField control={form.control} name="endDate" label="End date" type="date" description="Included; the same as the start for one day." required />
        </SimpleGrid>
        <TextField control={form.control} name="reason" label="Reason" autoComplete="off" placeholder="e.g. Christmas" required />
        <FormActions submitLabel="Add Closure" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
