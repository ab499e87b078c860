from referat.search.cli import main

main()
