// Writes src/test/resources/highlight/<sample>.prism.html: each sample highlighted by Prism.js
// itself. Lectern's golden highlighting test requires its own output to equal these files.
// Run after changing a sample: npm ci && npm run reference (in this folder).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const samples = join(here, '..', 'resources', 'highlight');

loadLanguages(['python', 'json', 'bash', 'yaml', 'java', 'javascript', 'markup', 'css', 'sql',
  'diff', 'toml', 'shell-session', 'go', 'kotlin', 'c', 'cpp', 'markdown']);
globalThis.Prism = Prism;

// Prism escapes only & and <; Lectern (like commonmark-java) also escapes > and ". Token
// structure and classes are what is compared, so escape Prism's text the same way.
function escapeLikeLectern(html) {
  return html.split(/(<span class="[^"]*"(?: title="[^"]*")?>|<\/span>)/).map((part, i) =>
    i % 2 === 1 ? part : part.replace(/>/g, '&gt;').replace(/"/g, '&quot;')).join('');
}

// The diff-highlight plugin also rewrites plain diffs once loaded, so plain languages come first.
const files = readdirSync(samples).filter(f => f.endsWith('.sample')).sort();
const isDiffOf = f => /\.diff-[\w-]+\.sample$/.test(f);
for (const file of [...files.filter(f => !isDiffOf(f)), 'LOAD-PLUGIN', ...files.filter(isDiffOf)]) {
  if (file === 'LOAD-PLUGIN') {
    require('prismjs/plugins/diff-highlight/prism-diff-highlight.js');
    continue;
  }
  const language = file.replace(/^[^.]*\./, '').replace(/\.sample$/, '');
  const grammar = Prism.languages[language] ?? (language.startsWith('diff-') ? Prism.languages.diff : null);
  if (!grammar) {
    continue; // no Prism.js grammar (pycon): the test pins Lectern's own golden file instead
  }
  const code = readFileSync(join(samples, file), 'utf8');
  const html = escapeLikeLectern(Prism.highlight(code, grammar, language));
  writeFileSync(join(samples, file.replace(/\.sample$/, '.prism.html')), html + '\n');
  console.log('wrote', file.replace(/\.sample$/, '.prism.html'));
}
