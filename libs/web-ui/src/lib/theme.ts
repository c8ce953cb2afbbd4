import { createTheme, type MantineThemeOverride } from '@mantine/core';

/** Tailwise's look: teal on white, system fonts, shades dark enough for AA contrast on text. */
export const tailwiseTheme: MantineThemeOverride = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  headings: { fontWeight: '650' },
  components: {
    // 16px inputs keep phones from zooming into a field on focus.
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
    Modal: { styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

/** Below this width the top navigation collapses into a burger (Mantine's `sm`, 48em). */
export const MOBILE_MEDIA_QUERY = '(max-width: 47.99em)';
