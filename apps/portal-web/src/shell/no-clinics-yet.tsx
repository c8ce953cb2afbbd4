import { EmptyState } from '@tailwise/web-ui';

/**
 * A clinic's page while the portal shows no clinic: says why and what brings one. A rescue's
 * clinic shows only once it has booked appointments for the rescue, so an accepted invitation
 * alone may still leave this page.
 */
export function NoClinicsYet() {
  return (
    <EmptyState
      title="No clinics yet"
      description="A clinic appears here once you accept its invitation to the Tailwise Portal, or it links your account. For a rescue or other organization, the clinic shows once it has booked appointments for you."
    />
  );
}
