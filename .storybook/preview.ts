import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import customElements from '../packages/elements/custom-elements.json' with { type: 'json' };
import { themeNames, type ThemeName } from '../packages/elements/src/shared/tokens.ts';
import { installThemes } from '../packages/elements/src/shared/themes.ts';
import '../packages/elements/src/all.ts';
// The toolbar's English: the locale module a portal adds as a second script or import.
import '../packages/elements/src/locales/en.ts';

// Docs pages (attributes, properties, events, parts, CSS custom properties) come from the
// analyzer's custom-elements.json, the same file a portal's IDE reads.
setCustomElementsManifest(customElements);
installThemes(document);

const themeTitles: Record<ThemeName, string> = {
  default: '默认 Default',
  'gov-red': '政府红 Government red',
  dark: '深色 Dark',
  'large-text': '适老化大字 Large text',
};

/**
 * Theme and locale from the toolbar, applied the way a portal would: `data-mb-theme` and `lang`
 * on an ancestor of the elements (the story root), with the theme's page background behind it.
 */
const withThemeAndLocale: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as ThemeName | undefined) ?? 'default';
  const locale = (context.globals['locale'] as string | undefined) ?? 'zh-CN';
  const root = context.canvasElement;
  root.dataset['mbTheme'] = theme;
  root.setAttribute('lang', locale);
  root.classList.add('mb-story-root');
  document.documentElement.setAttribute('lang', locale);
  return story();
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Mubiao theme',
      toolbar: {
        title: '主题 Theme',
        icon: 'paintbrush',
        items: themeNames.map((value) => ({ value, title: themeTitles[value] })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the elements',
      toolbar: {
        title: '语言 Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'zh-CN' },
  parameters: {
    // axe runs on every story; a violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true, matchers: { date: /(start|end|as-of)$/i } },
    docs: { toc: true },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
