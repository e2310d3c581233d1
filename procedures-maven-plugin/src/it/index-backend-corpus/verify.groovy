// index moves PROC-BACKEND-001 into a BAJA table and the Maintenance list, changes no byte outside
// the index section, a second index changes nothing, and check then has no index-up-to-date finding.
import java.nio.file.*
def original = Paths.get(repositoryRoot).resolve('../shared/corpus/iact/docs/backend/procedures/README.md').normalize()
def before = new String(Files.readAllBytes(original), 'UTF-8')
def after = new String(Files.readAllBytes(basedir.toPath().resolve('docs/procedures/README.md')), 'UTF-8')
def head = '## Índice de Procedimientos\n'
def tail = '\n---\n\n## Criticidad de Procedimientos'
assert after.substring(0, after.indexOf(head)) == before.substring(0, before.indexOf(head))
assert after.substring(after.indexOf(tail)) == before.substring(before.indexOf(tail))

def titulo = Files.readAllLines(basedir.toPath().resolve('docs/procedures/PROC-BACKEND-001-ejemplo.md'), java.nio.charset.StandardCharsets.UTF_8)
        .find { it.startsWith('titulo: ') }.substring('titulo: '.length())
def index = after.substring(after.indexOf(head), after.indexOf(tail))
def baja = index.substring(index.indexOf('#### BAJA'), index.indexOf('### Por Tipo'))
assert baja.contains("| [PROC-BACKEND-001](./PROC-BACKEND-001-ejemplo.md) | ${titulo} | Maintenance | On-demand | 15min |")
def critica = index.substring(index.indexOf('#### CRITICA'), index.indexOf('#### ALTA'))
assert !critica.contains('PROC-BACKEND-001')
def maintenance = index.substring(index.indexOf('#### Maintenance'), index.indexOf('#### Troubleshooting'))
assert maintenance.contains("- [PROC-BACKEND-001](./PROC-BACKEND-001-ejemplo.md) - ${titulo}")

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Updated the index of ')
assert log.contains('Index up to date, left unchanged: ')
assert !log.contains('[index-up-to-date]')
def json = new groovy.json.JsonSlurper().parse(basedir.toPath().resolve('target/procedures-result.json').toFile())
assert json.findings.every { it.rule != 'index-up-to-date' }
assert json.findings.any { it.rule == 'review-date' && it.path == 'docs/procedures/PROC-BACKEND-001-ejemplo.md' && it.line == 10 }
return true
