// Copies shared/corpus/iact/docs/backend/procedures into docs/procedures of this IT.
def copyShared = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/copyShared.groovy'))
return copyShared('corpus/iact/docs/backend/procedures', 'docs/procedures')
