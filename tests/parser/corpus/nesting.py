# Deep (but legal) nesting.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - 1
w = not not not not not not not not not not not not not not not not not not not not not not x
v = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 1
u = a if b else c if d else e if f else g if h else i if j else k if l else m if n else o
t = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z
s = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(1))))))))))))))))))))))))))))
r = a[b[c[d[e[f[g[h[i[j[k[l[m[n[o[p[q[r[s[t[u[v[w[x[y[z]]]]]]]]]]]]]]]]]]]]]]]]]
if a:
    if b:
        if c:
            if d:
                if e:
                    if f:
                        if g:
                            if h:
                                pass
q = 2 ** 3 ** 4 ** 5 ** 6 ** 7 ** 8
o = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ 8 << 9 >> 10 & 11 ^ 12 | 13
