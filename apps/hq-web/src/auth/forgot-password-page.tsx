import { formFailureOf } from '@tailwise/web-api';
import { RequestPasswordLinkPage } from '@tailwise/web-ui';
import { api } from '../app/api';

/** The answer whether or not the email has an account: the page never tells who has one. */
export const FORGOT_PASSWORD_SENT = 'If an account exists for that email, we sent a link to choose a new password. It works for 1 hour.';

/** Forgot password?: emails a link to choose a new password. */
export function ForgotPasswordPage() {
  return (
    <RequestPasswordLinkPage
      title="Forgot password?"
      subtitle="Enter the email you sign in with. We'll email you a link to choose a new password."
      submitLabel="Send Link"
      sentHeading="page"
      sentMessage={() => FORGOT_PASSWORD_SENT}
      onSend={(values) => api.forgotPassword(values)}
      failureOf={formFailureOf}
    />
  );
}
