# Ten-pin bowling scoring with strikes, spares and the tenth frame; validation errors for impossible games.
class BowlingError(Exception):
    pass
def score(rolls):
    if any(p < 0 or p > 10 for p in rolls):
        raise BowlingError("pins out of range")
    total = 0
    i = 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise BowlingError("strike bonus missing")
            if bonus[0] != 10 and bonus[0] + bonus[1] > 10:
                raise BowlingError("bonus rolls exceed 10 pins")
            total += 10 + sum(bonus)
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"frame {frame + 1} incomplete")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
            if sum(pair) == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                total += 10 + rolls[i + 2]
            else:
                total += sum(pair)
            i += 2
        frames.append(total)
    extra = len(rolls) - i
    if extra > 2:
        raise BowlingError("too many rolls")
    return total, frames
games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [6, 5] + [0] * 18,
    "short": [1, 2, 3],
    "strike no bonus": [0] * 18 + [10],
    "bad pins": [11] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:<16} {total:>3}  {frames}")
    except BowlingError as e:
        print(f"{name:<16} error: {e}")
