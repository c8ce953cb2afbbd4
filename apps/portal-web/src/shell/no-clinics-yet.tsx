import { EmptyState } from '@tailwise/web-ui';

/** A clinic's page while the account has no active link: says why and what brings one. */
export function NoClinicsYet() {
  return (
    <EmptyState
      title="No clinics yet"
      description="A clinic appears here once it invites you to the Tailwise Portal and you accept, or links your account."
    />
  );
}
