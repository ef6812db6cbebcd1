def log = new File(basedir, 'build.log').text
// Lectern's diagnostic, its path relative to the project, with the source line and caret.
assert log.contains('[ERROR] docs/content/guide/01-start.md:7:31: link to missing page \'setup.md\'')
assert log.contains('[ERROR]     Add the dependency, then read [the setup page](setup.md).')
assert log.contains('[ERROR]                                   ^')
assert log.contains('Lectern found 1 error in docs, the first: docs/content/guide/01-start.md:7:31: link to missing page \'setup.md\'')
// Nothing was built.
assert !new File(basedir, 'target/docs').exists()
return true
