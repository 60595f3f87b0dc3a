# Long non-ASCII strings: indexing, slicing and searching far from the
# start (the offset table is built lazily on first use).
u = "".join(chr(0x41 + i % 26) if i % 3 else chr(0xE9 + i % 7) if i % 2 else chr(0x65E5 + i % 5) if i % 5 else "😀" for i in range(5000))
print(len(u), u[0], u[31], u[32], u[33], u[-1], u[4999], u[2500:2510], u[-40:-30])
picks = [u[i] for i in range(0, 5000, 97)]
print("".join(picks))
v = u[1234:4321]
print(len(v), v[0], v[100], v[-1], v[::-97][:20], v.find("😀", 500), v.rfind("日"), v.index(v[3000]))
w = u[::-1]
print(w[:10], w[4990:], w.count("😀"), len(w.encode()))
s = u[100:200] + u[3000:3100]
print(s, len(s), s[150], s.upper()[40:60])
for k in (0, 31, 32, 33, 63, 64, 65, 1000, 4998):
    t = u[k:]
    print(k, t[0], t[-1], len(t), t[len(t) // 2])
print(sorted(set(u))[:10], max(u), min(u), u.split("😀")[3][:5])
