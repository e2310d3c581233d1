// new creates PROC-BACKEND-002 from the team template, the index lists it, and check reports only
// the findings that need a human (template leftovers, approvals) for it.
import java.nio.file.*
import java.nio.charset.StandardCharsets
def dir = basedir.toPath().resolve('docs/procedures')
def file = dir.resolve('PROC-BACKEND-002-deployment-a-produccion.md')
assert Files.isRegularFile(file)
def lines = Files.readAllLines(file, StandardCharsets.UTF_8)
assert lines[0] == '---'
assert lines.contains('id: PROC-BACKEND-002')
assert lines.contains('categoria: deployment')
assert lines.contains('titulo: Deployment a producción')
assert lines.contains('criticidad: CRITICA')
assert lines.contains('frecuencia: on-demand')
assert lines.contains('version: 1.0.0')
assert lines.contains('ultima_actualizacion: 2026-11-29')
assert lines.contains('# PROC-BACKEND-002: Deployment a producción')
assert lines.contains('**Próxima revisión:** 2027-11-29')

def readme = new String(Files.readAllBytes(dir.resolve('README.md')), 'UTF-8')
def critica = readme.substring(readme.indexOf('#### CRITICA'), readme.indexOf('#### ALTA'))
assert critica.contains('| [PROC-BACKEND-002](./PROC-BACKEND-002-deployment-a-produccion.md) | Deployment a producción | Deployment | On-demand |')
def deployment = readme.substring(readme.indexOf('#### Deployment'), readme.indexOf('#### Rollback'))
assert deployment.contains('- [PROC-BACKEND-002](./PROC-BACKEND-002-deployment-a-produccion.md) - Deployment a producción')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Created ') && log.contains('(PROC-BACKEND-002)')
assert log.contains('Still to write by hand: ')
def json = new groovy.json.JsonSlurper().parse(basedir.toPath().resolve('target/procedures-result.json').toFile())
def mine = json.findings.findAll { it.path == 'docs/procedures/PROC-BACKEND-002-deployment-a-produccion.md' }
assert !mine.isEmpty()
assert mine.collect { it.rule }.toSet() == ['template-leftovers', 'approvals'] as Set
assert json.findings.every { it.rule != 'index-up-to-date' && it.rule != 'id-sequence' && it.rule != 'id-unique' }
return true
