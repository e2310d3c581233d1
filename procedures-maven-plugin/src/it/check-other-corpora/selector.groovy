// Runs only where shared/corpus/iact/docs lies beside the repository.
def sharedPresent = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/sharedPresent.groovy'))
return sharedPresent('corpus/iact/docs')
