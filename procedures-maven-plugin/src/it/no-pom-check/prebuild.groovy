// The folder itself is the procedures folder: a copy of the repository's example.
import java.nio.file.*
def source = Paths.get(repositoryRoot, 'examples', 'procedures')
Files.list(source).each { Files.copy(it, basedir.toPath().resolve(it.fileName.toString()), StandardCopyOption.REPLACE_EXISTING) }
return true
