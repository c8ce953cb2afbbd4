import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Address, Client, ClinicSummary, EmergencyContact, Phone } from '@tailwise/contracts';
import { useState } from 'react';
import { useSignedInUser } from '../../auth/session';
import {
  COVERAGE_OPTIONS,
  formatDate,
  formatDateTime,
  kindLabel,
  LANGUAGE_OPTIONS,
  labelOf,
  PHONE_TYPE_OPTIONS,
} from '../client-labels';
import { useUpdateClient } from '../client-queries';
import { useCanManageClients } from '../clients-access';
import { IndividualClientForm } from '../forms/individual-client-form';
import { type IndividualClientDetails, individualClientValues } from '../forms/individual-client-values';
import { VolumeClientForm } from '../forms/volume-client-form';
import { type VolumeClientDetails, volumeClientValues } from '../forms/volume-client-values';
import { type Detail, DetailList } from './detail-list';

/** The Details tab: what is on file, and Edit, which opens the create form filled in, saved with Save Changes. */
export function DetailsTab({ client }: { client: Client }) {
  const me = useSignedInUser();
  const canManage = useCanManageClients();
  const [editing, setEditing] = useState(false);
  const update = useUpdateClient(client.id);

  const saved = () => {
    setEditing(false);
    notifications.show({ color: 'teal', message: 'Changes saved' });
  };

  if (editing && canManage) {
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          Edit details
        </Title>
        {client.kind === 'volume' ? (
          <VolumeClientForm
            defaultValues={volumeClientValues(client.details)}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              saved();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <IndividualClientForm
            defaultValues={individualClientValues(client.details)}
            clinics={me.clinics}
            submitLabel="Save Changes"
            advancedOpen
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              saved();
            }}
            onCancel={() => setEditing(false)}
          />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Details
        </Title>
        {canManage ? (
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
      </Group>
      {client.kind === 'volume' ? <VolumeDetails details={client.details} /> : <IndividualDetails details={client.details} clinics={me.clinics} />}
      <DetailList
        title="Record"
        details={[
          { label: 'Kind', value: kindLabel(client.kind) },
          { label: 'Status', value: client.status === 'disabled' ? `Disabled${client.disabledAt ? ` since ${formatDateTime(client.disabledAt)}` : ''}` : 'Active' },
          { label: 'Last visit', value: client.lastVisitDate ? formatDate(client.lastVisitDate) : 'None yet' },
          { label: 'Next visit', value: client.nextVisitDate ? formatDate(client.nextVisitDate) : 'None booked' },
          { label: 'Created', value: formatDateTime(client.createdAt) },
          { label: 'Last changed', value: formatDateTime(client.updatedAt) },
        ]}
      />
    </Stack>
  );
}

function VolumeDetails({ details }: { details: VolumeClientDetails }) {
  const sameAsPhysical = 'Same as physical address';
  return (
    <>
      <DetailList
        title="Organization"
        details={[
          { label: 'Organization name', value: details.organizationName },
          { label: 'Primary contact', value: `${details.contactFirstName} ${details.contactLastName}` },
          { label: 'Phone numbers', value: <PhoneList phones={details.phones} /> },
          { label: 'Invoice email (bill to)', value: details.invoiceEmail },
        ]}
      />
      <DetailList
        title="Addresses"
        details={[
          { label: 'Physical address', value: addressText(details.physicalAddress) },
          { label: 'Mailing address', value: details.mailingUsesPhysical ? sameAsPhysical : addressText(details.mailingAddress) },
          { label: 'Billing address', value: details.billingUsesPhysical ? sameAsPhysical : addressText(details.billingAddress) },
        ]}
      />
      <DetailList
        title="Other"
        details={[
          { label: 'Emergency contact', value: contactText(details.emergencyContact) },
          { label: 'Notes', value: details.notes },
        ]}
      />
    </>
  );
}

function IndividualDetails({ details, clinics }: { details: IndividualClientDetails; clinics: readonly ClinicSummary[] }) {
  const yes = (value: boolean) => (value ? 'Yes' : 'No');
  const clinic = clinics.find((c) => c.id === details.treatingClinicId)?.name ?? (details.treatingClinicId ? 'Another clinic' : null);
  const coverage = details.coverageType === 'none' ? null : [labelOf(COVERAGE_OPTIONS, details.coverageType), details.coverageProvider, details.coverageNumber].filter(Boolean).join(' · ');
  const basic: Detail[] = [
    { label: 'Name', value: [details.salutation, details.firstName, details.lastName].filter(Boolean).join(' ') },
    { label: 'Preferred language', value: labelOf(LANGUAGE_OPTIONS, details.preferredLanguage) },
    { label: 'Time zone', value: details.timeZone?.replaceAll('_', ' ') },
    { label: 'Email', value: details.email },
    { label: 'Email Communication', value: yes(details.emailConsent) },
    { label: 'Mobile', value: details.mobile ? `${details.mobile}${details.mobileIsPrimary ? ' (Primary)' : ''}` : null },
    { label: 'SMS Communication', value: yes(details.smsConsent) },
    { label: 'Allow login?', value: yes(details.allowLogin) },
  ];
  return (
    <>
      <DetailList title="Basic" details={basic} />
      <DetailList
        title="Client Details"
        hideEmpty
        details={[
          { label: 'Pronouns', value: details.pronouns },
          { label: 'Sex assigned at birth', value: details.sexAssignedAtBirth },
          { label: 'Date of birth', value: details.dateOfBirth ? formatDate(details.dateOfBirth) : null },
          { label: 'Voice Communication', value: details.voiceConsent ? 'Yes' : null },
          { label: 'Address', value: addressText(details.address) },
          { label: 'Referring provider', value: details.referringProvider },
          { label: 'Qualified', value: details.qualified ? 'Yes' : null },
          { label: 'Veteran ID', value: details.veteranId },
          { label: 'Treating clinic', value: clinic },
          { label: 'Notes', value: details.notes },
        ]}
      />
      <DetailList
        title="Contact Information"
        hideEmpty
        details={[
          { label: 'Other numbers', value: details.otherPhones.length > 0 ? <PhoneList phones={details.otherPhones} /> : null },
          { label: 'Emergency contact', value: contactText(details.emergencyContact) },
        ]}
      />
      <DetailList
        title="Billing and Coverage"
        hideEmpty
        details={[
          { label: 'Pet insurance or fee program', value: coverage },
          { label: 'Authorization number', value: details.authorizationNumber },
          { label: 'Case number', value: details.caseNumber },
          { label: 'Number of sessions', value: details.numberOfSessions == null ? null : String(details.numberOfSessions) },
          { label: 'Billing notes', value: details.billingNotes },
        ]}
      />
    </>
  );
}

function PhoneList({ phones }: { phones: readonly Phone[] }) {
  return (
    <Stack component="span" gap={0}>
      {phones.map((phone, index) => (
        <Text component="span" key={index} display="block">
          {phone.number} <Text component="span" c="dimmed" size="sm">
            ({labelOf(PHONE_TYPE_OPTIONS, phone.type)}
            {phone.primary ? ', Primary' : ''})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

export function addressText(address: Address | null | undefined): string | null {
  if (!address) return null;
  const street = [address.line1, address.line2].filter(Boolean).join(', ');
  return `${street}\n${address.city}, ${address.region} ${address.postalCode}${address.country && address.country !== 'US' ? `\n${address.country}` : ''}`;
}

function contactText(contact: EmergencyContact | null | undefined): string | null {
  if (!contact) return null;
  return [contact.name, contact.relationship ? `(${contact.relationship})` : null, contact.phone].filter(Boolean).join(' ');
}
