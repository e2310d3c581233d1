// Copies two real folders with other prefixes and field names.
def copyShared = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/copyShared.groovy'))
return copyShared('corpus/iact/docs/backend/procedimientos', 'procedimientos') &&
        copyShared('corpus/iact/docs/gobernanza/procedimientos', 'gobernanza')
