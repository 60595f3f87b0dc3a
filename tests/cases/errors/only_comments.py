# A file with only comments and blank lines: no output, exit 0.

# another comment

   # indented comment
