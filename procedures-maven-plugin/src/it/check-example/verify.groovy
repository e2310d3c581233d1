// The example folder of the quick start: two clean procedures, one with deliberate faults, and a
// stale index. Exactly these findings (rule, file, line), and the password is printed masked only.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/procedures-result.json'))
def dir = 'docs/procedures/'
def faulty = dir + 'PROC-BACKEND-003-failover-base-de-datos.md'
def expected = [
    "semver ${faulty}:9", "review-date ${faulty}:10", "required-sections ${faulty}:13", "rollback ${faulty}:33",
    "no-credentials ${faulty}:39", "rollback ${faulty}:57", "semver ${faulty}:66", "approvals ${faulty}:71",
    "approvals ${faulty}:72", "review-date ${faulty}:79", "index-up-to-date ${dir}README.md:19",
].collect { it.toString() }
def actual = json.findings.collect { "${it.rule} ${it.path}:${it.line}".toString() }
assert actual.sort() == expected.sort()
assert json.filesChecked == 3

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] ${faulty}:39:12: error [no-credentials] literal password in 'PGPASSWORD' (value 'Rk********')")
assert !log.contains('Rk8vT2qLm4Zp')
assert !new File(basedir, 'target/procedures-result.json').getText('UTF-8').contains('Rk8vT2qLm4Zp')
assert log.contains('11 violations at or above severity error')
return true
