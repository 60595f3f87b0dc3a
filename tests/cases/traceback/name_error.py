# Uncaught NameError for a name that is not defined anywhere.
values = [1, 2, 3]
print(sum(values))
print(sum(totally_unknown_name))
