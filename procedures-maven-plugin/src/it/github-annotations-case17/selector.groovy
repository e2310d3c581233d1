// Runs only where shared/cases/17-credentials-in-url lies beside the repository.
def sharedPresent = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/sharedPresent.groovy'))
return sharedPresent('cases/17-credentials-in-url')
