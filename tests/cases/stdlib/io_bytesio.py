import io
b = io.BytesIO(b"abc\ndef\nghi")
print(b.readline(), b.read(2), b.tell(), b.read(), b.read())
b.seek(0); print(b.readlines())
w = io.BytesIO()
print(w.write(b"hello"), w.write(bytearray(b" world")), w.getvalue())
w.seek(2); w.write(b"LL"); print(w.getvalue(), w.tell())
w.seek(20); w.write(b"!"); print(w.getvalue())
w.seek(-3, 2); print(w.read()); w.truncate(5); print(w.getvalue())
try:
    w.write("str")
except TypeError as e:
    print(e)
with io.BytesIO(b"x\ny\n") as f:
    print([line for line in f])
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
print(isinstance(io.BytesIO(), io.IOBase), io.open is open, bytes(io.BytesIO(b"zz").getbuffer()))
