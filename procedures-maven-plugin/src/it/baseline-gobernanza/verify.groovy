// Adopting the plugin on an existing corpus: baseline records today's findings, check then passes;
// a second baseline run leaves the file unchanged.
import java.nio.file.*
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = basedir.toPath().resolve('docs/procedures/.procedures-baseline.json')
assert Files.isRegularFile(file)
assert log.contains('Wrote ' + file)
assert log.contains('Baseline unchanged: ' + file)
def json = new groovy.json.JsonSlurper().parse(file.toFile())
assert json.version == 1
assert json.findings.size() > 100
assert json.findings.every { it.keySet() == ['rule', 'path', 'fingerprint'] as Set }
assert json.findings == json.findings.sort(false) { a, b -> a.path <=> b.path ?: a.rule <=> b.rule ?: a.fingerprint <=> b.fingerprint }
assert log =~ /more findings are recorded in the baseline/
assert log.contains('BUILD SUCCESS')
return true
