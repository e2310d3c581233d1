// Returns a closure that copies the files of a folder of the shared test data (read-only, beside
// the repository) into a folder of the IT, writable, so that goals which write can run on them.
import java.nio.file.*

return { String sharedFolder, String itFolder ->
    def source = Paths.get(repositoryRoot).resolve('../shared').resolve(sharedFolder).normalize()
    def target = basedir.toPath().resolve(itFolder)
    Files.createDirectories(target)
    Files.list(source).each {
        def copy = target.resolve(it.fileName.toString())
        Files.copy(it, copy, StandardCopyOption.REPLACE_EXISTING)
        copy.toFile().setWritable(true)
    }
    return true
}
