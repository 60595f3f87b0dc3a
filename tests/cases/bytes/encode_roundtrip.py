# Encoding text to bytes and back, byte-level processing of UTF-8.
text = "na\u00efve caf\u00e9 \u65e5\u672c \U0001F600"
data = text.encode("utf-8")
print(len(text), len(data))
print(data)
print(data.decode("utf-8") == text)
lead = [b for b in data if b & 0xC0 != 0x80]
print(len(lead))
cont = sum(1 for b in data if b >= 0x80)
print(cont)
checksum = 0
for b in data:
    checksum = (checksum * 257 + b) % 65521
print(checksum)
print(bytes(b ^ 0x20 for b in b"Hello World"))
