# Numbers and strings of every form.
i = [0, 1, 42, 0x1F, 0XFF, 0o17, 0O7, 0b101, 0B1, 1_000_000, 0x_ff, 0o_7, 0b_1, 0_0, 00, 000]
big = [2**64, 18446744073709551616, 9223372036854775807, 9223372036854775808, 0xffffffffffffffffffffffff, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111, 123456789012345678901234567890123456789]
f = [0.0, 1.0, 1.5, .5, 5., 1e10, 1E10, 1e-10, 1.5e+3, 1_0.0_1, 1e1_0, 0.1, 1e308, 1e309, 1e-320, 123456789012345678.0, 3.141592653589793, 1e22, 1e16, 1e15, 0.0001, 0.00001]
c = [1j, 1J, 1.5j, 0j, 1e10j, 1_0j, .5j, 5.j, 1e100j, 1e16j]
s = ['', "", '''''', """""", 'a', "b", '''c''', """d""", 'it\'s', "say \"hi\"", 'both \' and "']
s2 = ['tab\tnewline\nreturn\rbell\abs\bff\fvt\v', 'nul\0end', 'octal\101\7\77\777', 'hex\x41\x7f\xff',
      'uni\u00e9\u20ac\U0001F600', 'named\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}\N{bullet}',
      'backslash\\ok', 'line\
continued', 'unknown\d\w\q', 'surrogate\ud800\udfff', 'é€😀', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad']
r = [r'\n', R'\d', r"\"", rb'\x00', Rb'\d', bR'a', BR'b', br'\\']
b = [b'', b'abc', B'abc', b'\x00\xff\n\t\\', b'\101\7\777', b'\q', b'a' b'b', b"'", b'"', b'\'"']
u = [u'text', U'text', u'a' 'b', 'a' u'b']
cat = 'a' 'b' "c" '''d''' """e"""
cat2 = ('multi'
        'line'
        "concat")
t = '''triple
quoted
with 'quotes' and "quotes"
'''
t2 = """a\
b"""
quote_choice = ["'", '"', '\'"', 'x\'y', "x\"y"]
