// Without a pom the current folder is the procedures folder and paths are relative to it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Files checked: 3')
assert log =~ /(?m)^\[ERROR\] PROC-BACKEND-003-failover-base-de-datos\.md:\d+:\d+: error \[/
assert !(log =~ /(?m)^\s+at [a-z]/)
return true
