# statistics: a small report over grades and temperatures, with Fractions and ints keeping their types
import statistics
from fractions import Fraction

grades = [88, 92, 79, 93, 85, 92, 70, 61, 92, 100, 85]
print("mean", statistics.mean(grades), "median", statistics.median(grades), "mode", statistics.mode(grades))
print("stdev", statistics.stdev(grades), "pstdev", statistics.pstdev(grades))
print("variance", statistics.variance(grades), "pvariance", statistics.pvariance(grades))
print("quartiles", statistics.quantiles(grades), "deciles", statistics.quantiles(grades, n=10, method="inclusive"))
print("low/high", statistics.median_low(grades), statistics.median_high(grades), statistics.multimode(grades))
temps = [21.5, 23.1, 19.8, 25.0, 22.2, 20.9, 24.4]
print(statistics.mean(temps), statistics.fmean(temps), statistics.median(temps), statistics.stdev(temps))
print(statistics.geometric_mean(temps), statistics.harmonic_mean(temps), round(statistics.pvariance(temps), 10))
fr = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 8)]
print(statistics.mean(fr), statistics.variance(fr), statistics.median(fr), statistics.pstdev(fr))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), type(statistics.variance([1, 2, 3])).__name__, statistics.variance([1, 2, 3, 4]))
hours = [1, 2, 3, 4, 5, 6]
score = [52, 55, 61, 68, 71, 80]
lr = statistics.linear_regression(hours, score)
print(lr, round(lr.slope * 7 + lr.intercept, 6), statistics.correlation(hours, score), statistics.covariance(hours, score))
nd = statistics.NormalDist.from_samples(temps)
print(nd, round(nd.cdf(22), 12), round(nd.pdf(22), 12), nd.zscore(25.0), nd + 1, nd * 2, nd.overlap(statistics.NormalDist(22, 2)))
try:
    statistics.stdev([5])
except statistics.StatisticsError as e:
    print("StatisticsError:", e, isinstance(e, ValueError))
iq = statistics.NormalDist(100, 15)
print(iq.inv_cdf(0.975), iq.quantiles(), iq.quantiles(10), statistics.NormalDist().inv_cdf(1e-12))
print([round(iq.inv_cdf(p / 20), 9) for p in range(1, 20)])
try:
    iq.inv_cdf(1.0)
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
