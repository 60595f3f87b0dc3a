# Class decorators, __name__/__qualname__/__module__/__doc__, nested classes.
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_greeting
class Person:
    """A person."""
    class Inner:
        pass
print(Person().greet(), Person.__name__, Person.__qualname__, Person.__module__, Person.__doc__)
print(Person.Inner.__name__, Person.Inner.__qualname__)
def method_outer():
    class Local:
        pass
    return Local
print(method_outer().__qualname__)
