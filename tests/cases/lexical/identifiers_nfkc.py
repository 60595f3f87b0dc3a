# Identifiers are NFKC-normalised: a ligature or fullwidth letters name the same variable.
ﬁle = 9
print(file)
ｘ = 3
print(x)
ℌ = 'script H'
print(H)
