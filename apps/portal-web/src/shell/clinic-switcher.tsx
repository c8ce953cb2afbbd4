import { NativeSelect } from '@mantine/core';
import type { ClinicSummary } from '@tailwise/contracts';

export interface ClinicSwitcherProps {
  clinics: readonly ClinicSummary[];
  value: string;
  onChange: (clinicId: string) => void;
}

/**
 * Every clinic the account is linked to. A placeholder for now: pages do not filter by clinic
 * yet. A clinic appears only once it has appointments for the account.
 */
export function ClinicSwitcher({ clinics, value, onChange }: ClinicSwitcherProps) {
  const none = clinics.length === 0;
  return (
    <NativeSelect
      aria-label="Clinic"
      size="sm"
      miw={200}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      disabled={none}
      data={none ? [{ value: '', label: 'No clinics yet' }] : clinics.map((clinic) => ({ value: clinic.id, label: clinic.name }))}
    />
  );
}
