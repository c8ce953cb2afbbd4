import { Anchor, Text } from '@mantine/core';
import { signInFailure } from '@tailwise/web-api';
import { SignInPage } from '@tailwise/web-ui';
import { Link } from 'react-router';
import { useSignIn } from './session';

export function HqSignInPage() {
  const signIn = useSignIn();
  return (
    <SignInPage
      subtitle="For clinic staff"
      helpLink={{ to: '/forgot-password', label: 'Forgot password?' }}
      footer={
        <Text size="sm">
          New to Tailwise?{' '}
          <Anchor component={Link} to="/sign-up">
            Sign up your organization
          </Anchor>
        </Text>
      }
      onSignIn={signIn}
      failureOf={signInFailure}
    />
  );
}
