# pass in every block kind, empty functions/classes, ellipsis bodies.
def nothing():
    pass
def also_nothing():
    ...
class Empty:
    pass
if True:
    pass
else:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), also_nothing(), Empty.__name__)
def doc_only():
    """Only a docstring."""
print(doc_only(), doc_only.__doc__)
