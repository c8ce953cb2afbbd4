import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { signUpRequestSchema } from '@tailwise/contracts';
import { signUpFailure } from '@tailwise/web-api';
import { AuthLayout, FormAlert, formErrorFor, PasswordField, SelectField, TextField } from '@tailwise/web-ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../app/api';
import { useStartSession } from './session';
import { browserTimeZone, timeZoneOptions } from './time-zones';

type SignUpValues = z.input<typeof signUpRequestSchema>;
const FIELDS = ['organizationName', 'clinicName', 'timeZone', 'firstName', 'lastName', 'email', 'password'] as const;

export function SignUpPage() {
  const startSession = useStartSession();
  const [formError, setFormError] = useState<string | null>(null);
  const [defaultTimeZone] = useState(browserTimeZone);
  const zones = useMemo(() => timeZoneOptions(defaultTimeZone), [defaultTimeZone]);
  const form = useForm<SignUpValues, unknown, z.output<typeof signUpRequestSchema>>({
    resolver: zodResolver(signUpRequestSchema),
    defaultValues: {
      organizationName: '',
      clinicName: '',
      timeZone: defaultTimeZone,
      firstName: '',
      lastName: '',
      email: '',
      password: '',
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await startSession(() => api.signUp(values));
    } catch (error) {
      setFormError(formErrorFor(signUpFailure(error), form.setError, FIELDS));
    }
  });

  return (
    <AuthLayout
      title="Sign Up"
      subtitle="Set up your organization, its first clinic and your admin login."
      width={560}
      footer={
        <Text size="sm">
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextField
            control={form.control}
            name="organizationName"
            label="Organization name"
            description="Your clinic business, e.g. Happy Tails Spay & Neuter"
            autoComplete="organization"
            required
          />
          <TextField control={form.control} name="clinicName" label="Clinic name" description="Your first location; you can add more later" required />
          <SelectField control={form.control} name="timeZone" label="Time zone" description="The clinic's local time" options={zones} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextField control={form.control} name="firstName" label="First name" autoComplete="given-name" required />
            <TextField control={form.control} name="lastName" label="Last name" autoComplete="family-name" required />
          </SimpleGrid>
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="email" required />
          <PasswordField
            control={form.control}
            name="password"
            label="Password"
            description="At least 8 characters, including one symbol"
            autoComplete="new-password"
            required
          />
          <Button type="submit" fullWidth loading={form.formState.isSubmitting}>
            Create Account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
