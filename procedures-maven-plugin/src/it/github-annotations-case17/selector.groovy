import java.nio.file.*
def dir = Paths.get(repositoryRoot).resolve('../shared/cases/17-credentials-in-url').normalize()
if (!Files.isDirectory(dir)) {
    println "SKIPPED: ${dir} is absent"
    return false
}
return true
