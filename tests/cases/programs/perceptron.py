# A perceptron and a tiny 2-layer network trained on boolean functions with fixed initial weights.
def step(x):
    return 1 if x >= 0 else 0
def train_perceptron(data, epochs=20, lr=0.1):
    w = [0.0, 0.0]
    b = 0.0
    for epoch in range(epochs):
        errors = 0
        for (x1, x2), target in data:
            out = step(w[0] * x1 + w[1] * x2 + b)
            err = target - out
            if err:
                errors += 1
                w[0] += lr * err * x1
                w[1] += lr * err * x2
                b += lr * err
        if errors == 0:
            return w, b, epoch
    return w, b, epochs
inputs = [(0, 0), (0, 1), (1, 0), (1, 1)]
for name, fn in [("AND", lambda a, b: a & b), ("OR", lambda a, b: a | b), ("NAND", lambda a, b: 1 - (a & b)), ("XOR", lambda a, b: a ^ b)]:
    data = [(x, fn(*x)) for x in inputs]
    w, b, ep = train_perceptron(data)
    outs = [step(w[0] * x1 + w[1] * x2 + b) for x1, x2 in inputs]
    print(f"{name:<5} weights={[round(v, 2) for v in w]} bias={round(b, 2)} epochs={ep} outputs={outs} learned={outs == [t for _, t in data]}")
def sigmoid(x):
    e = 2.718281828459045
    return 1 / (1 + e ** -x)
W1 = [[0.5, -0.4], [0.3, 0.8]]
B1 = [0.1, -0.2]
W2 = [0.7, -0.6]
B2 = 0.05
def forward(x):
    h = [sigmoid(W1[j][0] * x[0] + W1[j][1] * x[1] + B1[j]) for j in range(2)]
    return h, sigmoid(W2[0] * h[0] + W2[1] * h[1] + B2)
data = [(x, x[0] ^ x[1]) for x in inputs]
lr = 2.0
for epoch in range(3000):
    for x, t in data:
        h, o = forward(x)
        d_o = (o - t) * o * (1 - o)
        for j in range(2):
            d_h = d_o * W2[j] * h[j] * (1 - h[j])
            W2[j] -= lr * d_o * h[j]
            W1[j][0] -= lr * d_h * x[0]
            W1[j][1] -= lr * d_h * x[1]
            B1[j] -= lr * d_h
        B2 -= lr * d_o
print("XOR network outputs:", [round(forward(x)[1], 3) for x in inputs])
print("rounded:", [round(forward(x)[1]) for x in inputs])
