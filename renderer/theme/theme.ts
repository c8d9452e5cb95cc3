// The Liaison Desk look: a calm slate-and-steel-blue palette, compact type for dense screens, and
// colours chosen so dimmed text still meets WCAG AA contrast in both schemes (axe checks this in e2e).
import { createTheme, rem } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

const steel: MantineColorsTuple = [
  '#eef4fb', '#dce7f5', '#b5cdea', '#8bb1de', '#6898d3',
  '#4f88cc', '#2f6db5', '#245a98', '#1c4a7e', '#133a64',
];

// Cool greys; gray.6 is the light scheme's dimmed text, so it stays dark enough for 4.5:1 on gray.1.
const gray: MantineColorsTuple = [
  '#f7f8fa', '#eef0f3', '#e2e5ea', '#d3d8df', '#bcc3cc',
  '#98a1ad', '#5f6b7a', '#4a5563', '#333c48', '#1f2630',
];

// Dark scheme surfaces: dark.7 is the page, dark.8 the chrome around it, dark.2 dimmed text.
const dark: MantineColorsTuple = [
  '#d5d9e0', '#b4bac4', '#959ca8', '#6b7380', '#454c58',
  '#353b45', '#2a2f37', '#1f2329', '#181b20', '#121418',
];

export const theme = createTheme({
  primaryColor: 'steel',
  primaryShade: { light: 7, dark: 6 },
  colors: { steel, gray, dark },
  black: '#1f2630',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  fontSizes: { xs: rem(12), sm: rem(13), md: rem(14), lg: rem(16), xl: rem(18) },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.5', lg: '1.5', xl: '1.5' },
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: rem(22), lineHeight: '1.3' },
      h2: { fontSize: rem(17), lineHeight: '1.35' },
      h3: { fontSize: rem(15), lineHeight: '1.4' },
    },
  },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  autoContrast: true,
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    SegmentedControl: { defaultProps: { size: 'sm' } },
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});

/** App-specific surface tokens (`--ld-*`), resolved per colour scheme. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--ld-chrome-bg': 'var(--mantine-color-gray-0)',
    '--ld-page-bg': 'var(--mantine-color-white)',
    '--ld-focus-ring': 'var(--mantine-color-steel-6)',
    '--ld-nav-active-bg': 'var(--mantine-color-steel-0)',
    '--ld-nav-active-color': 'var(--mantine-color-steel-8)',
    '--ld-nav-active-accent': 'var(--mantine-color-steel-6)',
    // Mantine's default (red.6) is 3.3:1 on white: field errors must be readable (WCAG AA).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--ld-chrome-bg': 'var(--mantine-color-dark-8)',
    '--ld-page-bg': 'var(--mantine-color-dark-7)',
    '--ld-focus-ring': 'var(--mantine-color-steel-3)',
    '--ld-nav-active-bg': 'rgba(104, 152, 211, 0.14)',
    '--ld-nav-active-color': 'var(--mantine-color-steel-2)',
    '--ld-nav-active-accent': 'var(--mantine-color-steel-4)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
