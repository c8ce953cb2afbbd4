import { createSessionHooks } from '@tailwise/web-api';
import { api } from '../app/api';

/** Who is signed in (a portal user, their account and its clinics), restored from the refresh cookie on load and kept by TanStack Query. */
export const session = createSessionHooks(api);
export const { useSignedInUser, useReloadSignedInUser, useSignIn, useSignOut, useStartSession } = session;
