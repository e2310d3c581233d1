import java.nio.file.*
def corpus = Paths.get(repositoryRoot).resolve('../shared/corpus/iact/docs/backend/procedimientos').normalize()
if (!Files.isDirectory(corpus)) {
    println "SKIPPED: ${corpus} is absent"
    return false
}
return true
