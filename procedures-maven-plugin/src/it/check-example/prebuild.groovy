// Copies the example procedures folder of the repository into docs/procedures of this IT.
import java.nio.file.*
def source = Paths.get(repositoryRoot, 'examples', 'procedures')
def target = basedir.toPath().resolve('docs/procedures')
Files.createDirectories(target)
Files.list(source).each { Files.copy(it, target.resolve(it.fileName.toString()), StandardCopyOption.REPLACE_EXISTING) }
return true
