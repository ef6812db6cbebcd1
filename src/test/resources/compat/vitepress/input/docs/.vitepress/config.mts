import { defineConfig } from 'vitepress'

const hostname = 'https://example.org'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  title: "Quill",
  description: "Quill turns notes into pages; these are its VitePress docs.",
  lang: 'en-GB',
  base: '/quill/',
  cleanUrls: true,
  sitemap: { hostname },
  themeConfig: {
    nav: [{ text: 'Guide', link: '/guide/getting-started' }],
    sidebar: sidebar(),
    editLink: {
      pattern: 'https://github.com/example/quill/edit/main/docs/:path'
    },
    footer: {
      message: 'Released under the MIT License.',
      copyright: 'Copyright © 2026 Example'
    }
  }
})

function sidebar() {
  return [{ text: 'Guide', items: [{ text: 'Getting started', link: '/guide/getting-started' }] }]
}
