from search.cli import cli

cli()
