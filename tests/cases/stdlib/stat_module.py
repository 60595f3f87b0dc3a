# The stat module: mode bits, the S_IS* tests, filemode(), tuple indices.
import stat, os
for m in [0, 0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o041776, 0o020620, 0o060660, 0o010644, 0o140755, 0o4000, 0o7777, 0o100000 | 0o6000]:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISCHR(m), stat.S_ISBLK(m))
names = [n for n in dir(stat) if n[:1].isupper()]
print(len(names))
print(sorted(names))
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(os.stat(".").st_mode)[0])
