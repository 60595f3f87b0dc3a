# Classes: __init__, instance and class attributes, methods, attribute shadowing.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
d1 = Dog("Rex", 3)
d2 = Dog("Fido", 5)
print(d1.bark(), d2.bark(), d1.birthday(), d1.age, Dog.count, d1.species)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "changed"
print(d1.species, d2.species)
print(Dog.bark(d2), type(d1).__name__, isinstance(d1, Dog))
d2.extra = [1]
print(d2.extra, hasattr(d1, "extra"), sorted(vars(d2)))
