// With the team's names configured, check reports only real gaps: what the team's conventions
// require and these procedures do not have. Exactly these findings (rule, file, line).
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/procedures-result.json'))
def actual = json.findings.collect { "${it.rule} ${it.path.replace('docs/backend/procedimientos/', '')}:${it.line}".toString() }.sort()
def expected = new File(basedir, 'expected-findings.txt').readLines().findAll { it && !it.startsWith('#') }.sort()
assert actual == expected
assert json.filesChecked == 4
return true
