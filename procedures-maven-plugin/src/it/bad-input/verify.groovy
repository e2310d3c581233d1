// Bad input gives one clear message naming file and line, no stack trace, and nothing written.
import java.nio.file.*
def log = new File(basedir, 'build.log').getText('UTF-8')
// broken YAML: reported at its file line, the other files still checked
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/PROC-BACKEND-001-yaml-roto\.md:5:\d+: error \[front-matter\] invalid YAML in front matter/
// not UTF-8: one finding naming the line of the first bad byte
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/PROC-BACKEND-002-latin1\.md:3:1: error \[file-encoding\] file is not valid UTF-8/
// once from the forked check (goal 1, forced with forkThreshold=0), once from the check inside
// Maven's JVM (goal 6), once from goal 7 (a small folder is checked inside Maven's JVM): the same line
assert (log =~ /\[file-encoding\]/).count == 3
assert (log =~ /(?m)^\[ERROR\] docs\/procedures\/PROC-BACKEND-001-yaml-roto\.md:5:\d+: error \[front-matter\]/).count == 3
// missing README: a finding in check, a clear error in index, nothing written
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/README\.md:1:1: error \[index-up-to-date\] .*README/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .*:index .*README.*not found/
assert !Files.exists(basedir.toPath().resolve('docs/procedures/README.md'))
// missing directory
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .*:check .*procedures directory not found: .*no-such-folder/
// unbalanced markers: names README and line, README unchanged
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .*:index .*README\.md:3/
def readme = new String(Files.readAllBytes(basedir.toPath().resolve('docs/markers/README.md')), 'UTF-8')
assert readme.contains('Índice a medio borrar.')
// a forked JVM that cannot start: its own first line and the way out (goal 5); goal 7 has the same
// bad option but fewer files than procedures.forkThreshold, so no JVM is started
assert (log =~ /Unrecognized VM option/).count == 1
assert log =~ /(?m)^\[ERROR\] Failed to execute goal .*:check .*the forked check JVM \(.*\) stopped with exit code 1: Unrecognized VM option 'NoSuchJvmOption'.* \(options: -XX:\+NoSuchJvmOption\); set procedures.fork=false to check inside Maven's JVM/
assert !(log =~ /(?m)^\s+at [a-z]/)
return true
