import { Anchor, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Appointment, AppointmentAction } from '@tailwise/contracts';
import { ConfirmDialog, FormAlert } from '@tailwise/web-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { appointmentsService } from '../app/api';
import { DetailList } from '../clients/profile/detail-list';
import { profilePath } from '../clients/profile/client-profile-page';
import { categoryLabel, durationText } from '../settings/clinic-setup-labels';
import { SetupDialog } from '../settings/clinic-setup-parts';
import { AnimalDetailsForm, MoveForm } from './appointment-forms';
import { AppointmentBadges } from './appointment-badges';
import { longDate } from './calendar-dates';
import { type AppointmentActionName, animalText, appointmentActions } from './calendar-labels';
import { useAppointmentChange } from './calendar-queries';

export const ACTION_LABELS: Readonly<Record<AppointmentActionName, string>> = {
  'check-in': 'Check In',
  'check-out': 'Check Out',
  move: 'Move',
  animal: 'Animal details',
  release: 'Release to Portal',
  'no-show': 'No-Show',
  cancel: 'Cancel Appointment',
};

const DONE: Readonly<Record<AppointmentAction | 'release', string>> = {
  'check-in': 'Checked in',
  'check-out': 'Checked out',
  cancel: 'Appointment cancelled',
  'no-show': 'Marked as a no-show',
  release: 'Released to the portal',
};

type Step = 'details' | 'move' | 'animal' | 'confirm-cancel';

export interface AppointmentDialogProps {
  /** The appointment shown; null closes the dialog. */
  appointment: Appointment | null;
  canManage: boolean;
  onClose: () => void;
  /** The appointment as a change left it. */
  onChanged: (appointment: Appointment) => void;
}

/** An appointment's details, with what may be done with it in its status (for those who manage the schedule). */
export function AppointmentDialog({ appointment, canManage, onClose, onChanged }: AppointmentDialogProps) {
  const [step, setStep] = useState<Step>('details');
  const [actionError, setActionError] = useState<string | null>(null);
  const act = useAppointmentChange(({ target, action }: { target: Appointment; action: AppointmentAction | 'release' }) =>
    action === 'release'
      ? appointmentsService.release(target.clinicId, { appointmentIds: [target.id] }).then(([released]) => released ?? target)
      : appointmentsService.act(target.clinicId, target.id, action),
  );
  const move = useAppointmentChange(({ target, body }: { target: Appointment; body: Parameters<typeof appointmentsService.move>[2] }) =>
    appointmentsService.move(target.clinicId, target.id, body),
  );
  const setAnimal = useAppointmentChange(({ target, body }: { target: Appointment; body: Parameters<typeof appointmentsService.setAnimal>[2] }) =>
    appointmentsService.setAnimal(target.clinicId, target.id, body),
  );

  const close = () => {
    setStep('details');
    setActionError(null);
    onClose();
  };
  const changed = (updated: Appointment, message: string) => {
    setStep('details');
    setActionError(null);
    onChanged(updated);
    notifications.show({ color: 'teal', message });
  };
  const run = async (target: Appointment, action: AppointmentAction | 'release') => {
    setActionError(null);
    try {
      changed(await act.mutateAsync({ target, action }), DONE[action]);
    } catch (error) {
      setStep('details');
      setActionError(error instanceof Error ? error.message : 'Something went wrong, try again');
    }
  };

  const onAction = (target: Appointment, action: AppointmentActionName) => {
    if (action === 'move' || action === 'animal') setStep(action);
    else if (action === 'cancel') setStep('confirm-cancel');
    else void run(target, action);
  };

  const title = step === 'move' ? 'Move Appointment' : step === 'animal' ? 'Animal details' : 'Appointment';
  return (
    <>
      <SetupDialog title={title} opened={appointment !== null && step !== 'confirm-cancel'} onClose={close}>
        {appointment && step === 'move' ? (
          <MoveForm
            appointment={appointment}
            onCancel={() => setStep('details')}
            onSubmit={async (body) => changed(await move.mutateAsync({ target: appointment, body }), 'Appointment moved')}
          />
        ) : appointment && step === 'animal' ? (
          <AnimalDetailsForm
            appointment={appointment}
            onCancel={() => setStep('details')}
            onSubmit={async (body) => changed(await setAnimal.mutateAsync({ target: appointment, body }), 'Animal details saved')}
          />
        ) : appointment ? (
          <AppointmentDetails
            appointment={appointment}
            canManage={canManage}
            error={actionError}
            busy={act.isPending}
            onAction={(action) => onAction(appointment, action)}
          />
        ) : null}
      </SetupDialog>
      <ConfirmDialog
        opened={appointment !== null && step === 'confirm-cancel'}
        title="Cancel Appointment"
        message={appointment ? cancelMessage(appointment) : ''}
        confirmLabel="Cancel Appointment"
        cancelLabel="Keep Appointment"
        danger
        loading={act.isPending}
        onConfirm={() => appointment && void run(appointment, 'cancel')}
        onCancel={() => setStep('details')}
      />
    </>
  );
}

export function cancelMessage(appointment: Pick<Appointment, 'clientName' | 'date' | 'startTime' | 'capacityLabel'>): string {
  const place = appointment.capacityLabel ? ` Its place in ${appointment.capacityLabel} becomes free for someone else.` : '';
  return `This cancels ${appointment.clientName}'s appointment on ${longDate(appointment.date)} at ${appointment.startTime}.${place} It can't be undone.`;
}

export interface AppointmentDetailsProps {
  appointment: Appointment;
  canManage: boolean;
  error: string | null;
  busy: boolean;
  onAction: (action: AppointmentActionName) => void;
}

export function AppointmentDetails({ appointment, canManage, error, busy, onAction }: AppointmentDetailsProps) {
  const actions = canManage ? appointmentActions(appointment) : [];
  return (
    <Stack gap="md">
      <FormAlert message={error} />
      <DetailList
        details={[
          {
            label: 'Client',
            value: (
              <Anchor component={Link} to={profilePath(appointment.clientId, 'appointments')}>
                {appointment.clientName}
              </Anchor>
            ),
          },
          { label: 'Animal', value: animalText(appointment) },
          { label: 'Type', value: `${appointment.typeName} (${categoryLabel(appointment.category)})` },
          { label: 'Status', value: <AppointmentBadges appointment={appointment} /> },
          { label: 'Date', value: longDate(appointment.date) },
          { label: 'Time', value: `${appointment.startTime}, ${durationText(appointment.durationMinutes)}` },
          ...(appointment.capacityLabel ? [{ label: 'Surgery category', value: appointment.capacityLabel }] : []),
          { label: 'Notes', value: appointment.notes },
        ]}
      />
      {actions.length > 0 ? (
        <Group gap="sm" role="group" aria-label="Appointment actions">
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'check-in' || action === 'check-out' ? 'filled' : action === 'cancel' ? 'light' : 'default'}
              color={action === 'cancel' || action === 'no-show' ? 'red' : undefined}
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
