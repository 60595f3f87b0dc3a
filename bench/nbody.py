# bench: n-body simulation (floats, lists, attribute-free inner loops).
import math

def advance(bodies, pairs, dt, n):
    for _ in range(n):
        for (b1, b2) in pairs:
            x1, y1, z1 = b1[0]
            x2, y2, z2 = b2[0]
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[2] * mag
            m2 = b2[2] * mag
            v1 = b1[1]
            v2 = b2[1]
            v1[0] -= dx * m2
            v1[1] -= dy * m2
            v1[2] -= dz * m2
            v2[0] += dx * m1
            v2[1] += dy * m1
            v2[2] += dz * m1
        for b in bodies:
            r, v, m = b
            r[0] += dt * v[0]
            r[1] += dt * v[1]
            r[2] += dt * v[2]

def energy(bodies, pairs):
    e = 0.0
    for (b1, b2) in pairs:
        (x1, y1, z1), v1, m1 = b1
        (x2, y2, z2), v2, m2 = b2
        dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
        e -= m1 * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    for (r, v, m) in bodies:
        e += m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 2.0
    return e

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24
bodies = [
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS],
    [[4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
     [1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS],
     9.54791938424326609e-04 * SOLAR_MASS],
    [[8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
     [-2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS],
     2.85885980666130812e-04 * SOLAR_MASS],
    [[1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
     [2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS],
     4.36624404335156298e-05 * SOLAR_MASS],
    [[1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
     [2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS],
     5.15138902046611451e-05 * SOLAR_MASS],
]
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
advance(bodies, pairs, 0.01, 100_000)
print("checksum", round(energy(bodies, pairs), 9))
