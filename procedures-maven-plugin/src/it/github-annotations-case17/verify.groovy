// Under GitHub Actions the findings are workflow commands with the right file, line and column,
// errors first; the two passwords of the case (plain or percent-decoded) appear in no output,
// no report and not in the result cache.
import java.nio.file.*
def log = new File(basedir, 'build.log').getText('UTF-8')
def path = 'docs/procedures/PROC-BACKEND-001-publicacion-artefactos.md'
def commands = log.readLines().findAll { it.startsWith('::') }
assert commands.any { it ==~ /::error file=${java.util.regex.Pattern.quote(path)},line=25,col=\d+,title=no-credentials::.*/ }
assert commands.any { it ==~ /::error file=${java.util.regex.Pattern.quote(path)},line=29,col=\d+,title=no-credentials::.*/ }
def firstNonError = commands.findIndexOf { !it.startsWith('::error ') }
assert firstNonError == -1 || commands.drop(firstNonError).every { !it.startsWith('::error ') }

def secrets = ['Hn4@zW8qRt', 'Hn4%40zW8qRt', 'Vq7rT2mKx9Lp']
def outputs = [log]
// the five reports and the result cache
Files.walk(basedir.toPath().resolve('target')).filter { Files.isRegularFile(it) }.each {
    outputs << new String(Files.readAllBytes(it), 'ISO-8859-1')
}
assert outputs.size() == 7
secrets.each { s -> outputs.each { o -> assert !o.contains(s) } }
return true
