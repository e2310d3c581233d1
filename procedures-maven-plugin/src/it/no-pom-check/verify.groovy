// Without a pom the current folder is the procedures folder and paths are relative to it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Checked 3 procedure files')
assert log =~ /(?m)^\[ERROR\] PROC-BACKEND-003-failover-base-de-datos\.md:\d+:\d+: error \[/
assert !(log =~ /(?m)^\s+at [a-z]/)
return true
