import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createContext, type ReactNode, useContext } from 'react';
import { tailwiseTheme } from './theme';

const AppNameContext = createContext('Tailwise');

export interface UiProviderProps {
  /** Shown in the header and used as the suffix of every document title. */
  appName: string;
  children: ReactNode;
}

/**
 * Theme, notifications and the app's name for every page. The app imports
 * `@mantine/core/styles.css` and `@mantine/notifications/styles.css` once, in its entry file.
 */
export function UiProvider({ appName, children }: UiProviderProps) {
  return (
    <AppNameContext.Provider value={appName}>
      <MantineProvider theme={tailwiseTheme} defaultColorScheme="light">
        {/* Bottom right: at the top they would cover the page actions (New Client, Delete). */}
        <Notifications position="bottom-right" />
        {children}
      </MantineProvider>
    </AppNameContext.Provider>
  );
}

export function useAppName(): string {
  return useContext(AppNameContext);
}
