// The check ran at verify, then the build at pre-site, with the configured base URL.
def site = new File(basedir, 'target/docs')
assert new File(site, 'index.html').isFile()
assert new File(site, 'guide/start/index.html').isFile()
assert new File(site, 'sitemap.xml').text.contains('<loc>https://docs.example.net/project/guide/start/</loc>')
def log = new File(basedir, 'build.log').text
def checked = log.indexOf('[INFO] Lectern checked 3 pages')
def built = log.indexOf('[INFO] Lectern built 3 pages')
assert checked >= 0 && built > checked : 'check at verify, then build at pre-site'
// The sources are left as they were: no cache folder in docs/.
assert !new File(basedir, 'docs/.lectern-cache').exists()
return true
