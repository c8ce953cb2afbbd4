import { SimpleGrid, Stack, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type PortalOptions, type PortalOptionsInput, portalOptionsInputSchema, type WeeklyHours, weeklyHoursSchema } from '@tailwise/contracts';
import { CheckboxField, contractResolver, FormAlert, TextareaField, TextField } from '@tailwise/web-ui';
import { type Control, useForm, useWatch } from 'react-hook-form';
import { SaveChangesButton, useSetupFormSubmit } from './clinic-setup-parts';
import { type ClinicSectionProps, SetupSection } from './clinic-setup-section';
import { WEEKDAY_NAMES, weekdayName } from './clinic-setup-labels';
import { clinicSetupService } from '../app/api';
import { useClinicSetupChange } from './clinic-setup-queries';

// ---------------------------------------------------------------- hours of operation

interface DayValues {
  weekday: number;
  closed: boolean;
  opens: string;
  closes: string;
}
export interface HoursValues {
  days: DayValues[];
}

/** The week as the form holds it: every weekday Monday to Sunday, a closed day keeping times to reopen with. */
export function hoursToValues(hours: Pick<WeeklyHours, 'days'>): HoursValues {
  return {
    days: WEEKDAY_NAMES.map((_name, index) => {
      const weekday = index + 1;
      const day = hours.days.find((d) => d.weekday === weekday);
      return day?.hours
        ? { weekday, closed: false, opens: day.hours.opens, closes: day.hours.closes }
        : { weekday, closed: true, opens: '08:00', closes: '17:00' };
    }),
  };
}

export function hoursToBody(values: HoursValues): WeeklyHours {
  return {
    days: values.days.map((day) => ({ weekday: day.weekday, hours: day.closed ? null : { opens: day.opens, closes: day.closes } })),
  };
}

/** `days.2.hours.closes` (the API's path) shows under the form's `days.2.closes`. */
export function hoursFieldOf(path: string): `days.${number}.${'opens' | 'closes' | 'closed'}` | null {
  const match = /^days\.(\d+)(?:\.hours(?:\.(opens|closes))?)?$/.exec(path);
  if (!match) return null;
  const index = Number(match[1]);
  return `days.${index}.${(match[2] as 'opens' | 'closes' | undefined) ?? 'opens'}`;
}

const hoursResolver = contractResolver({ toBody: hoursToBody, schema: weeklyHoursSchema, fieldOf: hoursFieldOf });

export function HoursSection({ setup, canEdit }: ClinicSectionProps) {
  const save = useClinicSetupChange(setup.clinic.id, clinicSetupService.setHours);
  const form = useForm<HoursValues, unknown, WeeklyHours>({ resolver: hoursResolver, defaultValues: hoursToValues(setup.hours), disabled: !canEdit });
  const { submit, formError } = useSetupFormSubmit(form, hoursFieldOf, async (body) => {
    const saved = await save.mutateAsync(body);
    form.reset(hoursToValues(saved));
    notifications.show({ color: 'teal', message: 'Hours of operation saved' });
  });

  return (
    <SetupSection title="Hours of operation" description={`Times are in ${setup.clinic.timeZone}`}>
      <form onSubmit={submit} noValidate aria-label="Hours of operation">
        <Stack gap="md">
          <FormAlert message={formError ?? form.formState.errors.root?.message} />
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <VisuallyHidden component="caption">Hours of operation, Monday to Sunday</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Day</Table.Th>
                  <Table.Th scope="col">Closed</Table.Th>
                  <Table.Th scope="col">Opens</Table.Th>
                  <Table.Th scope="col">Closes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {WEEKDAY_NAMES.map((_name, index) => (
                  <DayRow key={index} control={form.control} index={index} canEdit={canEdit} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <SaveChangesButton canEdit={canEdit} submitting={form.formState.isSubmitting} />
        </Stack>
      </form>
    </SetupSection>
  );
}

function DayRow({ control, index, canEdit }: { control: Control<HoursValues, unknown, WeeklyHours>; index: number; canEdit: boolean }) {
  const day = weekdayName(index + 1);
  const closed = useWatch({ control, name: `days.${index}.closed` });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {day}
      </Table.Th>
      <Table.Td>
        <CheckboxField control={control} name={`days.${index}.closed`} aria-label={`Closed on ${day}`} />
      </Table.Td>
      <Table.Td>
        <TextField control={control} name={`days.${index}.opens`} type="time" aria-label={`Opens on ${day}`} disabled={!canEdit || closed} />
      </Table.Td>
      <Table.Td>
        <TextField control={control} name={`days.${index}.closes`} type="time" aria-label={`Closes on ${day}`} disabled={!canEdit || closed} />
      </Table.Td>
    </Table.Tr>
  );
}

// ---------------------------------------------------------------- client portal

interface PortalValues {
  allowRequests: boolean;
  requestLabel: string;
  requestNotificationEmail: string;
  allowSelfScheduling: boolean;
  showOfficeHours: boolean;
  officeHoursText: string;
}

const PORTAL_FIELDS = ['allowRequests', 'requestLabel', 'requestNotificationEmail', 'allowSelfScheduling', 'showOfficeHours', 'officeHoursText'] as const;

export function portalToValues(options: PortalOptions): PortalValues {
  return { ...options, requestNotificationEmail: options.requestNotificationEmail ?? '', officeHoursText: options.officeHoursText ?? '' };
}

const portalResolver = contractResolver({ toBody: (values: PortalValues): PortalOptionsInput => values, schema: portalOptionsInputSchema });

export function PortalOptionsSection({ setup, canEdit }: ClinicSectionProps) {
  const save = useClinicSetupChange(setup.clinic.id, clinicSetupService.setPortalOptions);
  const form = useForm<PortalValues, unknown, PortalOptionsInput>({
    resolver: portalResolver,
    defaultValues: portalToValues(setup.portalOptions),
    disabled: !canEdit,
  });
  const { control } = form;

  // Turning requests on without an active reason is refused naming the field.
  const { submit, formError } = useSetupFormSubmit(form, PORTAL_FIELDS, async (body) => {
    const saved = await save.mutateAsync(body);
    form.reset(portalToValues(saved));
    notifications.show({ color: 'teal', message: 'Client portal options saved' });
  });

  return (
    <SetupSection title="Client portal" description="What clients of this clinic can do in the portal.">
      <form onSubmit={submit} noValidate aria-label="Client portal">
        <Stack gap="md">
          <FormAlert message={formError ?? form.formState.errors.root?.message} />
          <CheckboxField
            control={control}
            name="allowRequests"
            label="Allow appointment requests"
            description="Individual clients may ask for an appointment; staff accept or decline. Needs an active appointment reason."
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextField control={control} name="requestLabel" label="Request button label" autoComplete="off" required />
            <TextField
              control={control}
              name="requestNotificationEmail"
              label="Request notification email"
              description="Where a notice of each new request goes; leave empty for none."
              type="email"
              autoComplete="off"
            />
          </SimpleGrid>
          <CheckboxField
            control={control}
            name="allowSelfScheduling"
            label="Allow self-scheduling"
            description="Clients pick a reason and a date and book an open time themselves."
          />
          <CheckboxField control={control} name="showOfficeHours" label="Show office hours" />
          <TextareaField
            control={control}
            name="officeHoursText"
            label="Office hours text"
            description="Shown with the hours of operation in the portal."
          />
          <SaveChangesButton canEdit={canEdit} submitting={form.formState.isSubmitting} />
        </Stack>
      </form>
    </SetupSection>
  );
}
