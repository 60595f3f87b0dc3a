# A turn-based battle simulation with a class hierarchy, status effects, a seeded RNG and a battle log.
class Rng:
    def __init__(self, seed):
        self.x = seed
    def roll(self, n):
        self.x = (self.x * 1664525 + 1013904223) % 2**32
        return self.x % n + 1

class Fighter:
    def __init__(self, name, hp, atk, defense, speed):
        self.name, self.hp, self.max_hp, self.atk, self.defense, self.speed = name, hp, hp, atk, defense, speed
        self.effects = {}
    @property
    def alive(self):
        return self.hp > 0
    def take(self, dmg):
        dmg = max(1, dmg - self.defense)
        self.hp = max(0, self.hp - dmg)
        return dmg
    def act(self, foe, rng):
        dmg = foe.take(self.atk + rng.roll(6))
        return f"{self.name} hits {foe.name} for {dmg}"
    def tick(self):
        msgs = []
        for eff, turns in list(self.effects.items()):
            if eff == "poison":
                self.hp = max(0, self.hp - 3)
                msgs.append(f"{self.name} suffers 3 poison")
            if turns <= 1:
                del self.effects[eff]
                msgs.append(f"{self.name} is no longer {eff}ed")
            else:
                self.effects[eff] = turns - 1
        return msgs
    def __repr__(self):
        return f"{self.name}({self.hp}/{self.max_hp})"

class Rogue(Fighter):
    def act(self, foe, rng):
        if rng.roll(4) == 1 and "poison" not in foe.effects:
            foe.effects["poison"] = 3
            return f"{self.name} poisons {foe.name}"
        return super().act(foe, rng)

class Cleric(Fighter):
    def act(self, foe, rng):
        if self.hp < self.max_hp // 3:
            heal = 8 + rng.roll(4)
            self.hp = min(self.max_hp, self.hp + heal)
            return f"{self.name} heals {heal}"
        return super().act(foe, rng)

def battle(a, b, seed):
    rng = Rng(seed)
    log = []
    turn = 0
    while a.alive and b.alive and turn < 100:
        turn += 1
        order = sorted([a, b], key=lambda f: (-f.speed - rng.roll(3), f.name))
        for f in order:
            foe = b if f is a else a
            if f.alive and foe.alive:
                log.append(f"t{turn:02} {f.act(foe, rng)}")
        for f in (a, b):
            log.extend(f"t{turn:02} {m}" for m in f.tick())
    winner = a if a.alive else b
    return winner, turn, log

w, turns, log = battle(Rogue("Vex", 40, 7, 2, 5), Cleric("Ora", 48, 6, 3, 3), seed=7)
print("\n".join(log[:16]))
print("...")
print("winner:", w, "after", turns, "turns")
wins = {}
for seed in range(200):
    w, _, _ = battle(Rogue("Vex", 40, 7, 2, 5), Cleric("Ora", 48, 6, 3, 3), seed)
    wins[w.name] = wins.get(w.name, 0) + 1
print(sorted(wins.items()))
