import { signInFailure } from '@tailwise/web-api';
import { SignInPage } from '@tailwise/web-ui';
import { useSignIn } from './session';

export function PortalSignInPage() {
  const signIn = useSignIn();
  return (
    <SignInPage
      subtitle="For rescues, shelters, trappers and pet owners"
      helpLink={{ to: '/sign-in/help', label: 'Need help logging in?' }}
      onSignIn={signIn}
      failureOf={signInFailure}
    />
  );
}
