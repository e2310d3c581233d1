// Copies shared/cases/17-credentials-in-url into docs/procedures of this IT.
def copyShared = evaluate(new File(repositoryRoot, 'procedures-maven-plugin/src/it/lib/copyShared.groovy'))
return copyShared('cases/17-credentials-in-url', 'docs/procedures')
