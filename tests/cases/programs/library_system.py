# A library system: books, members, loans with due days, fines, reservations queue and reports.
class LibraryError(Exception):
    pass

class Book:
    def __init__(self, isbn, title, author, copies):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.on_loan = 0
        self.waitlist = []
    @property
    def available(self):
        return self.copies - self.on_loan

class Member:
    LIMIT = 3
    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0

class Library:
    FINE_PER_DAY = 25
    LOAN_DAYS = 14
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.events = []
    def add_book(self, *args):
        b = Book(*args)
        self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
    def lend(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if m.fines > 100:
            raise LibraryError(f"{name} owes {m.fines} cents")
        if len(m.loans) >= Member.LIMIT:
            raise LibraryError(f"{name} reached the loan limit")
        if b.available <= 0 or (b.waitlist and b.waitlist[0] != name):
            if name not in b.waitlist:
                b.waitlist.append(name)
            raise LibraryError(f"{b.title!r} unavailable; {name} is #{b.waitlist.index(name) + 1} on the waitlist")
        if b.waitlist and b.waitlist[0] == name:
            b.waitlist.pop(0)
        b.on_loan += 1
        m.loans[isbn] = self.day + self.LOAN_DAYS
        self.events.append((self.day, "lend", name, b.title))
    def give_back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if isbn not in m.loans:
            raise LibraryError(f"{name} does not have {b.title!r}")
        due = m.loans.pop(isbn)
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        b.on_loan -= 1
        self.events.append((self.day, "return", name, b.title, late))
    def advance(self, days):
        self.day += days

lib = Library()
lib.add_book("111", "Dune", "Herbert", 1)
lib.add_book("222", "Emma", "Austen", 2)
lib.add_book("333", "Ulysses", "Joyce", 1)
lib.add_book("444", "Beloved", "Morrison", 1)
for n in ("ann", "bob", "cy"):
    lib.join(n)
script = [("lend", "ann", "111"), ("lend", "bob", "111"), ("lend", "cy", "111"), ("lend", "ann", "222"),
          ("lend", "ann", "333"), ("lend", "ann", "444"), ("advance", 20), ("return", "ann", "111"),
          ("lend", "cy", "111"), ("lend", "bob", "111"), ("advance", 3), ("return", "ann", "222"),
          ("return", "ann", "333"), ("lend", "ann", "444"), ("advance", 30), ("return", "cy", "111"),
          ("lend", "bob", "111"), ("lend", "cy", "222")]
for step in script:
    try:
        if step[0] == "lend":
            lib.lend(step[1], step[2])
            print(f"day {lib.day:>2}: {step[1]} borrows {lib.books[step[2]].title}")
        elif step[0] == "return":
            lib.give_back(step[1], step[2])
            print(f"day {lib.day:>2}: {step[1]} returns {lib.books[step[2]].title}")
        else:
            lib.advance(step[1])
    except LibraryError as e:
        print(f"day {lib.day:>2}: refused: {e}")
for m in lib.members.values():
    print(f"{m.name:<4} fines={m.fines:>4} loans={sorted(lib.books[i].title for i in m.loans)}")
for b in lib.books.values():
    print(f"{b.title:<8} available={b.available} waitlist={b.waitlist}")
print(len(lib.events), sum(1 for e in lib.events if e[1] == "return" and e[4] > 0))
