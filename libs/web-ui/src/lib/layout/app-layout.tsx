import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Divider,
  Drawer,
  Group,
  NavLink as MantineNavLink,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure, useId, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, NavLink as RouterNavLink, useMatch, useResolvedPath } from 'react-router';
import { MOBILE_MEDIA_QUERY } from '../theme';
import classes from './app-layout.module.css';

export interface NavItem {
  label: string;
  to: string;
  /** Active only on this exact path, not below it. */
  end?: boolean;
  /** e.g. an unread count. */
  badge?: ReactNode;
}

/** A section's left-hand menu, e.g. Clients → Create Volume Client, Create Client, ... */
export interface SectionNav {
  label: string;
  items: readonly NavItem[];
}

export interface AppLayoutProps {
  appName: string;
  homeTo?: string;
  /** The top navigation bar; collapses into a burger menu on phones. */
  mainNav: readonly NavItem[];
  /** The current section's left-hand menu, if it has one. */
  sectionNav?: SectionNav;
  /** Controls shown in the header on wide screens and atop the burger menu on phones (e.g. a clinic switcher). */
  tools?: ReactNode;
  /** Always at the right of the header, e.g. the user's menu; told when space is short. */
  headerEnd?: (layout: { compact: boolean }) => ReactNode;
  children: ReactNode;
}

const MAIN_CONTENT_ID = 'main-content';

/**
 * The signed-in frame of both apps: a top navigation bar, a left-hand menu per section, and the
 * page. On a phone the navigation moves into a drawer behind a burger button.
 */
export function AppLayout({ appName, homeTo = '/', mainNav, sectionNav, tools, headerEnd, children }: AppLayoutProps) {
  const isMobile = useMediaQuery(MOBILE_MEDIA_QUERY, undefined, { getInitialValueInEffect: false });
  const [menuOpened, menu] = useDisclosure(false);
  const drawerId = useId();
  const hasSectionNav = !!sectionNav && sectionNav.items.length > 0;
  const showNavbar = hasSectionNav && !isMobile;

  return (
    <AppShell header={{ height: 60 }} navbar={showNavbar ? { width: 260, breakpoint: 'sm' } : undefined} padding="md">
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap">
            {isMobile ? (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                size="sm"
                aria-label="Open navigation"
                aria-expanded={menuOpened}
                aria-controls={drawerId}
              />
            ) : null}
            <Anchor component={Link} to={homeTo} fw={700} size="lg" underline="never" style={{ whiteSpace: 'nowrap' }}>
              {appName}
            </Anchor>
            {isMobile ? null : (
              <Box component="nav" aria-label="Main">
                <Group gap={4} wrap="nowrap">
                  {mainNav.map((item) => (
                    <TopNavLink key={item.to} item={item} />
                  ))}
                </Group>
              </Box>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {isMobile ? null : tools}
            {headerEnd?.({ compact: isMobile })}
          </Group>
        </Group>
      </AppShell.Header>

      {showNavbar && sectionNav ? (
        <AppShell.Navbar p="sm" aria-label={sectionNav.label}>
          <AppShell.Section component={ScrollArea} grow>
            <SectionLinks section={sectionNav} />
          </AppShell.Section>
        </AppShell.Navbar>
      ) : null}

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </AppShell.Main>

      {isMobile ? (
        <Drawer id={drawerId} opened={menuOpened} onClose={menu.close} title={appName} size="85%" closeButtonProps={{ 'aria-label': 'Close navigation' }}>
          <Stack gap="md">
            {tools}
            <Box component="nav" aria-label="Main">
              {mainNav.map((item) => (
                <SideNavLink key={item.to} item={item} onNavigate={menu.close} />
              ))}
            </Box>
            {hasSectionNav && sectionNav ? (
              <>
                <Divider />
                <Box component="nav" aria-label={sectionNav.label}>
                  <SectionLinks section={sectionNav} onNavigate={menu.close} />
                </Box>
              </>
            ) : null}
          </Stack>
        </Drawer>
      ) : null}
    </AppShell>
  );
}

function useIsActive(item: NavItem): boolean {
  const resolved = useResolvedPath(item.to);
  return useMatch({ path: resolved.pathname, end: item.end ?? false }) !== null;
}

function TopNavLink({ item }: { item: NavItem }) {
  const active = useIsActive(item);
  return (
    <Button
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      size="sm"
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'dark'}
      rightSection={item.badge}
    >
      {item.label}
    </Button>
  );
}

function SideNavLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const active = useIsActive(item);
  return (
    <MantineNavLink
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      active={active}
      rightSection={item.badge}
      onClick={onNavigate}
    />
  );
}

function SectionLinks({ section, onNavigate }: { section: SectionNav; onNavigate?: () => void }) {
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6} className={classes.sectionLabel} aria-hidden="true">
        {section.label}
      </Text>
      {section.items.map((item) => (
        <SideNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
    </>
  );
}
