import { NativeSelect } from '@mantine/core';
import type { PortalLinkView } from '@tailwise/contracts';

export interface ClinicSwitcherProps {
  /** The account's active links, one per organization. */
  links: readonly PortalLinkView[];
  /** The selected organization's id. */
  value: string;
  onChange: (organizationId: string) => void;
}

/**
 * Every clinic the account is linked to, by the organization's name (its locations share one
 * link); the pages show the selected one's data.
 */
export function ClinicSwitcher({ links, value, onChange }: ClinicSwitcherProps) {
  const none = links.length === 0;
  return (
    <NativeSelect
      aria-label="Clinic"
      size="sm"
      miw={200}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      disabled={none}
      data={
        none
          ? [{ value: '', label: 'No clinics yet' }]
          : links.map((link) => ({ value: link.organizationId, label: link.organizationName }))
      }
    />
  );
}
