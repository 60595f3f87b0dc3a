# Mutable class attributes are shared between instances; instance assignment shadows them.
class Team:
    members = []
    tags = ()
    def add(self, m):
        self.members.append(m)
    def tag(self, t):
        self.tags = self.tags + (t,)
a, b = Team(), Team()
a.add("x")
b.add("y")
a.tag("red")
print(a.members, b.members, Team.members, a.tags, b.tags, Team.tags)
print("tags" in vars(a), "members" in vars(a))
