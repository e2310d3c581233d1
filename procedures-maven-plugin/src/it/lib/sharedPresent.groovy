// Returns a closure telling whether a folder of the shared test data exists; prints why an IT is
// skipped when it does not (the repository can be built without the shared data).
import java.nio.file.*

return { String sharedFolder ->
    def dir = Paths.get(repositoryRoot).resolve('../shared').resolve(sharedFolder).normalize()
    if (!Files.isDirectory(dir)) {
        println "SKIPPED: ${dir} is absent"
        return false
    }
    return true
}
