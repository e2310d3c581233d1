// Copies the real backend procedures (read-only in shared/) into docs/backend/procedimientos of this IT.
import java.nio.file.*
def source = Paths.get(repositoryRoot).resolve('../shared/corpus/iact/docs/backend/procedimientos').normalize()
def target = basedir.toPath().resolve('docs/backend/procedimientos')
Files.createDirectories(target)
Files.list(source).each {
    def copy = target.resolve(it.fileName.toString())
    Files.copy(it, copy, StandardCopyOption.REPLACE_EXISTING)
    copy.toFile().setWritable(true)
}
return true
