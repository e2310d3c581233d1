// Runs only where the shared corpus lies beside the repository.
import java.nio.file.*
def corpus = Paths.get(repositoryRoot).resolve('../shared/corpus/iact/docs/backend/procedures').normalize()
if (!Files.isDirectory(corpus)) {
    println "SKIPPED: ${corpus} is absent"
    return false
}
return true
