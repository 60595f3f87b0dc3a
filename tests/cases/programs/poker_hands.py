# Poker hand evaluation and ranking of deterministic deals from a seeded shuffle.
RANKS = "23456789TJQKA"
NAMES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house", "four of a kind", "straight flush"]
def evaluate(hand):
    ranks = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    suits = {c[1] for c in hand}
    counts = {}
    for r in ranks:
        counts[r] = counts.get(r, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
    shape = [n for _, n in groups]
    order = [r for r, _ in groups]
    flush = len(suits) == 1
    uniq = sorted(set(ranks), reverse=True)
    straight = len(uniq) == 5 and (uniq[0] - uniq[4] == 4 or uniq == [12, 3, 2, 1, 0])
    if straight and uniq == [12, 3, 2, 1, 0]:
        order = [3, 2, 1, 0, -1]
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return (cat, order)
fixed = ["AS KS QS JS TS", "2H 2D 2C KS KD", "3H 4H 5H 6H 8H", "AH 2D 3C 4S 5D", "9C 9D 4S 4C KH",
         "7S 7H 7D 2C 9H", "5C 5D JH 8S 2S", "AD KC 9H 6S 3D", "8C 8D 8H 8S 2D", "TC JD QH KS AC"]
for h in sorted(fixed, key=lambda h: evaluate(h.split()), reverse=True):
    cat, order = evaluate(h.split())
    print(f"{h}  {NAMES[cat]:<16}{order}")
deck = [r + s for s in "CDHS" for r in RANKS]
state = 42
def rnd(n):
    global state
    state = (state * 25214903917 + 11) % 2**48
    return (state >> 17) % n
for i in range(len(deck) - 1, 0, -1):
    j = rnd(i + 1)
    deck[i], deck[j] = deck[j], deck[i]
tally = [0] * 9
for deal in range(2000):
    if deal % 10 == 0:
        for i in range(len(deck) - 1, 0, -1):
            j = rnd(i + 1)
            deck[i], deck[j] = deck[j], deck[i]
    k = (deal % 10) * 5
    tally[evaluate(deck[k:k + 5])[0]] += 1
for name, n in zip(NAMES, tally):
    print(f"{name:<16}{n:>5}")
