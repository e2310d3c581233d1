// Copies shared/corpus/iact/docs/gobernanza/procedimientos into docs/procedures of this IT.
def copyShared = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/copyShared.groovy'))
return copyShared('corpus/iact/docs/gobernanza/procedimientos', 'docs/procedures')
