# Form validation with a custom exception hierarchy: field errors collected into an aggregate error with context.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class RequiredError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class RangeError(ValidationError):
    pass
class FormError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} invalid field(s)")
        self.errors = errors
def check_age(v):
    try:
        n = int(v)
    except ValueError as e:
        raise ValidationError("age", "not a number") from e
    if not 0 < n < 150:
        raise RangeError("age", f"{n} out of range")
    return n
def check_email(v):
    if "@" not in v or v.startswith("@") or "." not in v.split("@")[-1]:
        raise ValidationError("email", f"malformed address {v!r}")
    return v.lower()
def check_name(v):
    v = v.strip()
    if len(v) < 2:
        raise ValidationError("name", "too short")
    return v.title()
CHECKS = {"name": check_name, "email": check_email, "age": check_age}
def validate(form):
    clean, errors = {}, []
    for field, check in CHECKS.items():
        try:
            if not form.get(field):
                raise RequiredError(field)
            clean[field] = check(form[field])
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise FormError(errors)
    return clean
forms = [
    {"name": "  ada lovelace ", "email": "Ada@Example.ORG", "age": "36"},
    {"name": "x", "email": "nope", "age": "abc"},
    {"email": "a@b.c", "age": "200"},
    {"name": "Bo", "email": "@x.y", "age": ""},
]
for f in forms:
    try:
        print("ok:", validate(f))
    except FormError as fe:
        print("FormError:", fe)
        for e in fe.errors:
            cause = f" (caused by {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""
            print(f"   {type(e).__name__:<16}{e}{cause}")
print(issubclass(RangeError, ValidationError), isinstance(RequiredError("x"), Exception), RequiredError("z").field)
