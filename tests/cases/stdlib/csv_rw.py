import csv, io
data = 'name,age,city\nAnn,30,"New York, NY"\n"Bob ""the builder""",25,Boston\n\nCid,,"multi\nline"\nDee,40\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
r = csv.reader(io.StringIO(data)); next(r); next(r); print(r.line_num)
for d in csv.DictReader(io.StringIO(data)):
    print(d)
for d in csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="?"):
    print(d)
print(list(csv.reader(["a;b;'c;d'", " x; y"], delimiter=";", quotechar="'", skipinitialspace=True)))
print(list(csv.reader(['1,"2",abc'], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['1,2.5,"abc"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"unterminated'])), list(csv.reader(['a"b,c'])), list(csv.reader(['"a"b,c'])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["plain", "with,comma", 'with "quote"', "new\nline", 3, 2.5, None, True, ""]))
w.writerows([[1, 2], [""], []])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO(); csv.writer(o, quoting=q, lineterminator="\n").writerow(["a", 1, 2.0, "b c"]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"']); print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name", "score"], lineterminator="\n")
dw.writeheader(); dw.writerow({"id": 1, "name": "x"}); dw.writerows([{"id": 2, "name": "y, z", "score": 9.5}])
print(o.getvalue())
try:
    dw.writerow({"id": 3, "bogus": 1})
except ValueError as e:
    print(e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|c"], dialect="pipes")), "pipes" in csv.list_dialects(), csv.get_dialect("excel").delimiter)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print(e)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print(e)
o = io.StringIO(); csv.writer(o, dialect="excel-tab").writerow(["a b", "c\td"]); print(repr(o.getvalue()))
with open("csvtest.csv", "w", newline="") as f:
    csv.writer(f).writerows([["x", "y"], [1, 2], [3, "4,5"]])
with open("csvtest.csv", newline="") as f:
    print(list(csv.reader(f)))
