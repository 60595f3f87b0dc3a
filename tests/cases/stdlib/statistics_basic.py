# statistics: exact means/variances/stdevs on random data (CPython's digits), medians, modes, quantiles, harmonic/geometric means, regression, NormalDist, errors
import statistics as s
from fractions import Fraction as F
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: s.harmonic_mean([1, 0, 2])); t(lambda: s.harmonic_mean([40, 60])); t(lambda: s.harmonic_mean([40, 60], weights=[5, 30])); t(lambda: s.harmonic_mean([-1, 2])); t(lambda: s.harmonic_mean([3.5])); t(lambda: s.harmonic_mean([]))
t(lambda: s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])); t(lambda: s.quantiles([1.5, 2, 9, 4], n=10)); t(lambda: s.quantiles([1, 2, 3, 4], n=3, method='inclusive')); t(lambda: s.quantiles([1], n=4)); t(lambda: s.quantiles([1,2], n=0)); t(lambda: s.quantiles([1,2], method='x'))
t(lambda: s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.9)); t(lambda: s.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.9)); t(lambda: s.variance([F(1,3), F(1,4)])); t(lambda: s.stdev([F(1,3), F(1,4), 2])); t(lambda: s.pstdev([1,2,3,4]))
t(lambda: s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])); t(lambda: s.median_grouped([52, 52, 53, 54], interval=2)); t(lambda: s.median_grouped([1.5, 2]))
t(lambda: s.mean([])); t(lambda: s.variance([1])); t(lambda: s.stdev([])); t(lambda: s.pvariance([])); t(lambda: s.median([])); t(lambda: s.mode([])); t(lambda: s.geometric_mean([0, 1])); t(lambda: s.fmean([]))
t(lambda: s.mean(['a'])); t(lambda: s.mean([1, F(1,2)])); t(lambda: s.mean([F(1,2), 0.5])); t(lambda: s.mean([True, False, True]))
t(lambda: s.geometric_mean([54, 24, 36])); t(lambda: s.fmean([3.5, 4.0, 5.25])); t(lambda: s.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
t(lambda: s.covariance([1,2,3,4,5,6,7,8,9], [1,2,3,1,2,3,1,2,3])); t(lambda: s.correlation([1,2,3,4,5,6,7,8,9], [9,8,7,6,5,4,3,2,1])); t(lambda: s.linear_regression([1,2,3,4,5], [3, 5, 7.5, 9, 11])); t(lambda: s.linear_regression([1,2,3], [2,4,6.5], proportional=True)); t(lambda: s.correlation([1,1], [1,2]))
t(lambda: s.multimode('aabbbbccddddeeffffgg')); t(lambda: s.multimode([])); t(lambda: s.mode(['red', 'blue', 'blue', 'red'])); t(lambda: s.median_low([1,3,5,7])); t(lambda: s.median_high([1,3,5,7]))
t(lambda: s.NormalDist(100, 15)); t(lambda: s.NormalDist(100, 15).cdf(130)); t(lambda: s.NormalDist(100,15).pdf(100)); t(lambda: s.NormalDist(5, 2) + 3); t(lambda: s.NormalDist.from_samples([1,2,3,4]))
t(lambda: s.variance(iter([1, 2, 3.5]))); t(lambda: s.mean(x for x in [1, 2]))
state = 777
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
for trial in range(300):
    n = 2 + rnd() % 7
    data = []
    for _ in range(n):
        k = rnd() % 4
        if k == 0: data.append((rnd() % 10**6) / 997)
        elif k == 1: data.append(rnd() % 200 - 100)
        elif k == 2: data.append((rnd() % 1000) * 1e-7)
        else: data.append((rnd() % 10**9) * 1e6)
    print(s.mean(data), s.variance(data), s.stdev(data), s.pvariance(data), s.pstdev(data), s.median(data), s.fmean(data))
print(s.variance(range(100)), s.stdev(range(100)), s.mean(range(101)), s.pstdev([2]*5), s.stdev([1e300, -1e300, 0.0]))
print(s.mean([F(1,3), F(2,3), 1]), s.variance([F(1,2), F(1,3), F(1,5)]), s.stdev([F(1,2), F(1,3)]))
print(s.mean([float('inf'), 1.0]), s.variance([1.0, float('nan')]))
