// Copies shared/corpus/iact/docs/backend/procedimientos into docs/backend/procedimientos of this IT.
def copyShared = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/copyShared.groovy'))
return copyShared('corpus/iact/docs/backend/procedimientos', 'docs/backend/procedimientos')
