# A Snake game driven by a greedy autopilot on a small board: movement, growth, food placement from a seeded RNG, collisions.
W, H = 12, 8
class Game:
    def __init__(self, seed):
        self.snake = [(4, 3), (3, 3), (2, 3)]
        self.dir = (1, 0)
        self.seed = seed
        self.score = 0
        self.alive = True
        self.food = self.place_food()
    def rand(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2**31
        return (self.seed >> 16) % n
    def place_food(self):
        while True:
            p = (self.rand(W), self.rand(H))
            if p not in self.snake:
                return p
    def turn(self, d):
        dirs = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}
        nd = dirs[d]
        if (nd[0] + self.dir[0], nd[1] + self.dir[1]) != (0, 0):
            self.dir = nd
    def step(self):
        hx, hy = self.snake[0]
        head = (hx + self.dir[0], hy + self.dir[1])
        if not (0 <= head[0] < W and 0 <= head[1] < H) or head in self.snake[:-1]:
            self.alive = False
            return "crash"
        self.snake.insert(0, head)
        if head == self.food:
            self.score += 1
            self.food = self.place_food()
            return "eat"
        self.snake.pop()
        return "move"
    def render(self):
        rows = []
        for y in range(H):
            row = ""
            for x in range(W):
                p = (x, y)
                row += "@" if p == self.snake[0] else "o" if p in self.snake else "*" if p == self.food else "."
            rows.append(row)
        return "\n".join(rows)
g = Game(seed=11)
print(g.render())
def autopilot(g):
    hx, hy = g.snake[0]
    fx, fy = g.food
    options = []
    for d, (dx, dy) in (("R", (1, 0)), ("L", (-1, 0)), ("D", (0, 1)), ("U", (0, -1))):
        nx, ny = hx + dx, hy + dy
        if (dx, dy) == (-g.dir[0], -g.dir[1]):
            continue
        safe = 0 <= nx < W and 0 <= ny < H and (nx, ny) not in g.snake[:-1]
        options.append((not safe, abs(nx - fx) + abs(ny - fy), d))
    return min(options)[2]
events = []
for t in range(300):
    g.turn(autopilot(g))
    ev = g.step()
    if ev != "move":
        events.append((t, ev, g.snake[0]))
    if not g.alive:
        break
print(events)
print("score", g.score, "length", len(g.snake), "alive", g.alive)
print(g.render())
