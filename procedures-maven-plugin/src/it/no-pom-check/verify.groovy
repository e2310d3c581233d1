// Without a pom the current folder is the procedures folder and paths are relative to it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Files checked: 3')
assert log.contains("[ERROR] PROC-BACKEND-003-failover-base-de-datos.md:9:10: error [semver] version '1.10' is not SemVer 2.0.0 as written")
assert log.contains('[ERROR] README.md:19:1: error [index-up-to-date] README index is out of date')
assert new File(basedir, 'target/procedures-result.txt').isFile()
assert !(log =~ /(?m)^\s+at [a-z]/)
return true
