import { Box, Container, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../page-title';
import { useAppName } from '../ui-provider';

export interface AuthLayoutProps {
  /** The page's heading, e.g. "Sign In". */
  title: string;
  subtitle?: ReactNode;
  /** Wider for longer forms such as sign-up. */
  width?: number;
  /** Below the card, e.g. "New here? Create an account". */
  footer?: ReactNode;
  children: ReactNode;
}

/** A centered card for signed-out pages: sign in, sign up, help. */
export function AuthLayout({ title, subtitle, width = 440, footer, children }: AuthLayoutProps) {
  const appName = useAppName();
  usePageTitle(title);
  return (
    <Box component="main" mih="100dvh" py={{ base: 'lg', sm: 56 }} bg="gray.0">
      <Container size={width} px="md">
        <Text ta="center" fw={700} size="lg" c="teal.9">
          {appName}
        </Text>
        <Title order={1} size="h2" ta="center" mt={4}>
          {title}
        </Title>
        {subtitle ? (
          <Text ta="center" c="dimmed" size="sm" mt={4}>
            {subtitle}
          </Text>
        ) : null}
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} mt="lg" radius="md">
          {children}
        </Paper>
        {footer ? (
          <Box mt="md" ta="center">
            {footer}
          </Box>
        ) : null}
      </Container>
    </Box>
  );
}
