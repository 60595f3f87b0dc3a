# Custom exception hierarchies: args, str(), repr(), extra attributes, except ordering.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed with {code}")
        self.table = table
        self.code = code
class NotFound(DbError):
    pass
for exc in [AppError(), AppError("msg"), AppError("a", 2), DbError("users", 5), NotFound("t", 404)]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise NotFound("items", 404)
except DbError as e:
    print("caught as DbError:", e.table, e.code, isinstance(e, AppError))
try:
    raise DbError("x", 1)
except NotFound:
    print("wrong")
except AppError as e:
    print("caught as AppError:", e)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[1].__name__)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
