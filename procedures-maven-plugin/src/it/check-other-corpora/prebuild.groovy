// Copies two real folders with other prefixes and field names.
import java.nio.file.*
def docs = Paths.get(repositoryRoot).resolve('../shared/corpus/iact/docs').normalize()
['backend/procedimientos': 'procedimientos', 'gobernanza/procedimientos': 'gobernanza'].each { from, to ->
    def source = docs.resolve(from)
    def target = basedir.toPath().resolve(to)
    Files.createDirectories(target)
    Files.list(source).each {
        def copy = target.resolve(it.fileName.toString())
        Files.copy(it, copy, StandardCopyOption.REPLACE_EXISTING)
        copy.toFile().setWritable(true)
    }
}
return true
