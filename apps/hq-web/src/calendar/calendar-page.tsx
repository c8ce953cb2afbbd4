import { Alert, Badge, Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Tabs, Text, TextInput } from '@mantine/core';
import type { Appointment, ClinicSetup } from '@tailwise/contracts';
import { EmptyState, ErrorState, PageTitle } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInUser } from '../auth/session';
import { useCanManageSchedule } from '../settings/clinic-setup-page';
import { SetupDialog } from '../settings/clinic-setup-parts';
import { clinicSetupQuery } from '../settings/clinic-setup-queries';
import { AppointmentDialog } from './appointment-dialog';
import { AppointmentRequestsPanel } from './appointment-requests';
import { BookAppointmentDialog } from './book-appointment-dialog';
import { CalendarDayCard } from './calendar-day';
import { type CalendarView, isLocalDate, rangeOf, rangeTitle, stepDate, todayIn } from './calendar-dates';
import { appointmentRequestsQuery, calendarQuery } from './calendar-queries';
import { pendingCount } from './request-labels';

export const CALENDAR_READ_ONLY_NOTE =
  'You can see the calendar but not book or change appointments: that needs the Manage schedule permission. Ask an admin of your organization to add it to your role.';

type CalendarTab = 'calendar' | 'requests';

/**
 * The Calendar: one clinic's day or week, each day with its hours, counts and capacity and its
 * appointments; beside it the clinic's Appointment Requests from the portal. Clinic, view, date
 * and tab live in the address (`?clinic=&view=week&date=&requests=1`), so a reload or a shared
 * link shows the same.
 */
export function CalendarPage() {
  const me = useSignedInUser();
  const canManage = useCanManageSchedule();
  const [params, setParams] = useSearchParams();
  const clinic = me.clinics.find((c) => c.id === params.get('clinic')) ?? me.clinics[0];
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'day';
  const today = todayIn(clinic?.timeZone ?? 'UTC');
  const requested = params.get('date');
  const date = isLocalDate(requested) ? requested : today;
  const tab: CalendarTab = params.get('requests') === '1' ? 'requests' : 'calendar';
  // Read on either tab: its pending count is on the tab's badge.
  const requests = useQuery({ ...appointmentRequestsQuery(clinic?.id ?? ''), enabled: !!clinic });
  const pending = requests.data ? pendingCount(requests.data) : 0;
  const [booking, setBooking] = useState(0);
  const [selected, setSelected] = useState<Appointment | null>(null);

  const show = (changes: { clinic?: string; view?: CalendarView; date?: string; tab?: CalendarTab }) => {
    const next = { clinic: clinic?.id ?? '', view, date, tab, ...changes };
    setParams({
      ...(me.clinics.length > 1 ? { clinic: next.clinic } : {}),
      view: next.view,
      date: next.date,
      ...(next.tab === 'requests' ? { requests: '1' } : {}),
    });
  };

  if (!clinic) {
    return (
      <>
        <PageTitle title="Calendar" />
        <EmptyState title="No clinics yet" description="Your organization has no clinic to book appointments at." />
      </>
    );
  }

  return (
    <>
      <PageTitle
        title="Calendar"
        description={`${rangeTitle(view, date)} · times in ${clinic.timeZone}`}
        actions={canManage ? <Button onClick={() => setBooking((n) => n + 1)}>New Appointment</Button> : null}
      />
      <Stack gap="md">
        {me.clinics.length > 1 ? (
          <NativeSelect
            label="Clinic"
            data={me.clinics.map((c) => ({ value: c.id, label: c.name }))}
            value={clinic.id}
            onChange={(event) => show({ clinic: event.currentTarget.value })}
            w={{ base: '100%', xs: 240 }}
          />
        ) : null}
        {canManage ? null : (
          <Alert color="blue" variant="light" title="Read only">
            {CALENDAR_READ_ONLY_NOTE}
          </Alert>
        )}
        <Tabs value={tab} onChange={(next) => show({ tab: next === 'requests' ? 'requests' : 'calendar' })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="calendar">Calendar</Tabs.Tab>
            <Tabs.Tab
              value="requests"
              rightSection={
                pending > 0 ? (
                  <Badge size="sm" circle aria-label={`${pending} pending`}>
                    {pending}
                  </Badge>
                ) : null
              }
            >
              Appointment Requests
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="calendar">
            <Stack gap="md">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <SegmentedControl
                  aria-label="View"
                  data={[
                    { value: 'day', label: 'Day' },
                    { value: 'week', label: 'Week' },
                  ]}
                  value={view}
                  onChange={(value) => show({ view: value === 'week' ? 'week' : 'day' })}
                />
                <Group gap={6} wrap="nowrap">
                  <Button variant="default" onClick={() => show({ date: stepDate(view, date, -1) })} aria-label={view === 'day' ? 'Previous day' : 'Previous week'}>
                    Previous
                  </Button>
                  <Button variant="default" onClick={() => show({ date: today })}>
                    Today
                  </Button>
                  <Button variant="default" onClick={() => show({ date: stepDate(view, date, 1) })} aria-label={view === 'day' ? 'Next day' : 'Next week'}>
                    Next
                  </Button>
                </Group>
                <TextInput
                  label="Date"
                  type="date"
                  value={date}
                  onChange={(event) => isLocalDate(event.currentTarget.value) && show({ date: event.currentTarget.value })}
                  w={{ base: '100%', xs: 180 }}
                />
              </Group>
              <CalendarDays clinicId={clinic.id} view={view} date={date} onOpen={setSelected} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="requests">
            <AppointmentRequestsPanel requests={requests} canManage={canManage} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {canManage && booking > 0 ? <Booking key={booking} clinicId={clinic.id} date={date} onClose={() => setBooking(0)} /> : null}
      <AppointmentDialog appointment={selected} canManage={canManage} onClose={() => setSelected(null)} onChanged={setSelected} />
    </>
  );
}

function CalendarDays({ clinicId, view, date, onOpen }: { clinicId: string; view: CalendarView; date: string; onOpen: (appointment: Appointment) => void }) {
  const calendar = useQuery(calendarQuery(clinicId, rangeOf(view, date)));
  if (calendar.isPending) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden="true" />
        <Text c="dimmed">Loading the calendar…</Text>
      </Group>
    );
  }
  if (calendar.isError) return <ErrorState message={calendar.error.message} onRetry={() => void calendar.refetch()} />;
  const { days, appointments } = calendar.data;
  return (
    <Stack gap="md">
      {days.map((day) => (
        <CalendarDayCard key={day.date} day={day} appointments={appointments.filter((a) => a.date === day.date)} onOpen={onOpen} />
      ))}
    </Stack>
  );
}

/** New Appointment, once the clinic's types and surgery categories are known; starts on the day shown, at its opening time. */
function Booking({ clinicId, date, onClose }: { clinicId: string; date: string; onClose: () => void }) {
  const setup = useQuery(clinicSetupQuery(clinicId));
  if (setup.isError) {
    return (
      <SetupDialog title="New Appointment" opened onClose={onClose}>
        <ErrorState message={setup.error.message} onRetry={() => void setup.refetch()} />
      </SetupDialog>
    );
  }
  if (setup.isPending) {
    return (
      <SetupDialog title="New Appointment" opened onClose={onClose}>
        <Loader size="sm" aria-label="Loading the clinic's appointment types" />
      </SetupDialog>
    );
  }
  return (
    <BookAppointmentDialog
      opened
      onClose={onClose}
      clinicId={clinicId}
      appointmentTypes={setup.data.appointmentTypes}
      capacityRules={setup.data.capacityRules}
      date={date}
      startTime={openingTime(setup.data, date)}
    />
  );
}

/** When the clinic opens on `date` by its weekly hours, or 08:00. */
export function openingTime(setup: Pick<ClinicSetup, 'hours'>, date: string): string {
  const weekday = ((new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7) + 1;
  return setup.hours.days.find((day) => day.weekday === weekday)?.hours?.opens ?? '08:00';
}
