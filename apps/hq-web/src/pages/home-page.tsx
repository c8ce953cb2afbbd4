import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { PageTitle } from '@tailwise/web-ui';
import { useSignedInUser } from '../auth/session';

export function HomePage() {
  const me = useSignedInUser();
  return (
    <>
      <PageTitle title={`Welcome, ${me.user.firstName}`} description={`Signed in as ${me.user.email} (${me.role})`} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={880}>
        <Card withBorder padding="lg" component="section" aria-labelledby="home-organization">
          <Title order={2} size="h4" id="home-organization">
            Organization
          </Title>
          <Text mt="xs" size="lg">
            {me.organization.name}
          </Text>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="home-clinics">
          <Title order={2} size="h4" id="home-clinics">
            {me.clinics.length === 1 ? 'Clinic' : 'Clinics'}
          </Title>
          {me.clinics.length === 0 ? (
            <Text mt="xs" c="dimmed">
              No clinics yet
            </Text>
          ) : (
            <List mt="xs" listStyleType="none" spacing={4}>
              {me.clinics.map((clinic) => (
                <List.Item key={clinic.id}>
                  <Text size="lg" span>
                    {clinic.name}
                  </Text>{' '}
                  <Text c="dimmed" size="sm" span>
                    ({clinic.timeZone.replaceAll('_', ' ')})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
    </>
  );
}
