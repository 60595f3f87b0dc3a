import errno, os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode))
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
