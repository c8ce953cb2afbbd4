// The demo organization, created through the public API like any clinic signing up.
export const DEMO = {
  organizationName: 'Demo Spay & Neuter Clinic',
  clinicName: 'Main Street Clinic',
  timeZone: 'America/Chicago',
  firstName: 'Dana',
  lastName: 'Demo',
  email: 'demo@tailwise.local',
  password: 'Demo!pass1',
};

/** Signs the demo organization up on first run; returns whether it was created now. */
export async function seedDemo(gatewayUrl) {
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  if (res.status === 201) return true;
  if (res.status === 409) return false;
  throw new Error(`Seeding the demo organization failed: ${res.status} ${await res.text()}`);
}
