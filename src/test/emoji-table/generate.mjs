// Writes src/main/resources/dev/lectern/markdown/emoji/gemoji.tsv: one "name<TAB>emoji" line per
// shortcode GitHub knows (":smile:"), sorted by name, and the package's licence beside it.
import {gemoji} from 'gemoji'
import {copyFileSync, writeFileSync} from 'node:fs'

const out = new URL('../../main/resources/dev/lectern/markdown/emoji/', import.meta.url)
const rows = []
for (const entry of gemoji) {
  for (const name of entry.names) rows.push([name, entry.emoji])
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
writeFileSync(new URL('gemoji.tsv', out), rows.map((r) => r.join('\t')).join('\n') + '\n')
copyFileSync(new URL('node_modules/gemoji/license', import.meta.url), new URL('gemoji-LICENSE.txt', out))
console.log(`${rows.length} shortcodes`)
