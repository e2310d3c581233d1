// Runs only where shared/corpus/iact/docs/gobernanza/procedimientos lies beside the repository.
def sharedPresent = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/sharedPresent.groovy'))
return sharedPresent('corpus/iact/docs/gobernanza/procedimientos')
