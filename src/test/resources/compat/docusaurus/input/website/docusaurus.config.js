// @ts-check
const organizationName = 'example';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Lantern',
  tagline: 'A tiny lighting controller, documented with Docusaurus',
  url: 'https://example.github.io',
  baseUrl: '/lantern/',
  organizationName,
  projectName: 'lantern',
  onBrokenLinks: 'throw',
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: require.resolve('./sidebars.js'),
          editUrl: 'https://github.com/example/lantern/edit/main/website/',
        },
        blog: false,
        theme: {customCss: require.resolve('./src/css/custom.css')},
      }),
    ],
  ],
  themeConfig: {
    navbar: {title: 'Lantern', items: [{to: '/docs/intro', label: 'Docs'}]},
    footer: {copyright: `Copyright © ${new Date().getFullYear()} Example`},
  },
};

module.exports = config;
