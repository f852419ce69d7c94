package org.trucewatch.core.thermal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The expected number of detections in a cell on a day of a normal year, and an upper bound on
 * it: a negative-binomial regression (log link) of the daily count on the month and the cell's
 * past activity ({@link SeasonalHistory#covariates}: its own rate in the month, all year and in the
 * neighbouring months, and its 0.5-degree block's rate in the month).
 *
 * <p>Fitting: the mean by Newton-Raphson on the Poisson likelihood (consistent for the mean
 * whatever the dispersion), over every cell, archive year and month, each year's covariates taken
 * from the <em>other</em> years, as they are for a year that is not in the archive; then the
 * negative-binomial dispersion by moments ({@code Var = mu + mu^2 / theta}) in bins of the fitted
 * mean, as farm burning is far more clustered in busy cells than in quiet ones. The bound is the
 * {@code q}-quantile of that distribution, a whole number. Immutable and thread-safe.
 */
public final class ExpectedCountModel implements CountBound {
  /** Upper edges of the dispersion bins, log10 of the expected daily count. */
  private static final double[] BIN_EDGES = {-4, -3, -2.5, -2, -1.5, -1, -0.5, 0, Double.POSITIVE_INFINITY};
  private static final int FEATURES = 12 + 4;
  private static final double PRIOR_SD = 5;

  private final SeasonalHistory history;
  private final double[] beta;
  private final double[] theta;
  private final double quantile;
  private final int iterations;
  private final double zeroWeight;

  private ExpectedCountModel(SeasonalHistory history, double[] beta, double[] theta, double quantile, int iterations,
      double zeroWeight) {
    this.zeroWeight = zeroWeight;
    this.history = history;
    this.beta = beta;
    this.theta = theta;
    this.quantile = quantile;
    this.iterations = iterations;
  }

  /**
   * Fits the model to this history.
   *
   * @param quantile the bound's quantile, in (0, 1)
   */
  public static ExpectedCountModel fit(SeasonalHistory history, double quantile) {
    return fit(history, quantile, 0);
  }

  /**
   * Fits the model to this history, weighing the cell-days without a detection as The Economist's
   * training sample does ({@code 02-train-model-ensemble.R}: every cell-day with fires and
   * {@code zeroDaysPerFireDay} times as many drawn from the rest): each such cell-day weighs
   * {@code zeroDaysPerFireDay * fireDays / zeroDays}, at most 1. With 0, every cell-day weighs 1.
   */
  public static ExpectedCountModel fit(SeasonalHistory history, double quantile, double zeroDaysPerFireDay) {
    int years = history.years().length;
    int cells = history.cellCount();
    long allFireDays = 0;
    long allDays = 0;
    for (int i = 0; i < cells; i++) {
      for (int y = 0; y < years; y++) {
        for (int m = 0; m < 12; m++) {
          allFireDays += history.fireDays(i, y, m);
          allDays += history.days(y, m);
        }
      }
    }
    double w0 = zeroDaysPerFireDay <= 0 || allDays == allFireDays ? 1
        : Math.min(1, zeroDaysPerFireDay * allFireDays / (double) (allDays - allFireDays));
    int groups = cells * years * 12;
    float[] x = new float[groups * 4];
    double[] f = new double[4];
    double[] monthRate = new double[12];
    double[] monthDays = new double[12];
    for (int i = 0; i < cells; i++) {
      for (int y = 0; y < years; y++) {
        for (int m = 0; m < 12; m++) {
          history.covariates(i, m, y, f);
          int g = (i * years + y) * 12 + m;
          for (int k = 0; k < 4; k++) {
            x[g * 4 + k] = (float) f[k];
          }
          monthRate[m] += history.sum(i, y, m);
          monthDays[m] += history.days(y, m);
        }
      }
    }
    double[] beta = new double[FEATURES];
    double totalRate = 0;
    double totalDays = 0;
    for (int m = 0; m < 12; m++) {
      totalRate += monthRate[m];
      totalDays += monthDays[m];
    }
    double centre = Math.log(Math.max(totalRate, 0.5) / Math.max(totalDays, 1));
    for (int m = 0; m < 12; m++) {
      beta[m] = Math.log(Math.max(monthRate[m], 0.5) / Math.max(monthDays[m], 1));
    }
    // a weak normal prior (sd PRIOR_SD around the overall rate, slopes around 0) keeps a month
    // without a single detection finite; with data it moves the estimates by next to nothing
    double[] prior = new double[FEATURES];
    Arrays.fill(prior, 0, 12, centre);
    final double zeroWeight = w0;
    double ll = logLikelihood(history, x, beta, zeroWeight) - penalty(beta, prior);
    int iteration = 0;
    for (; iteration < 50; iteration++) {
      double[] grad = new double[FEATURES];
      double[][] hess = new double[FEATURES][FEATURES];
      double[] row = new double[FEATURES];
      for (int i = 0; i < cells; i++) {
        for (int y = 0; y < years; y++) {
          for (int m = 0; m < 12; m++) {
            if (history.days(y, m) == 0) {
              continue;
            }
            double n = exposure(history, i, y, m, zeroWeight);
            int g = (i * years + y) * 12 + m;
            features(x, g, m, row);
            double mu = Math.exp(dot(row, beta));
            double r = history.sum(i, y, m) - n * mu;
            double w = n * mu;
            for (int a = 0; a < FEATURES; a++) {
              if (row[a] == 0) {
                continue;
              }
              grad[a] += r * row[a];
              for (int b = a; b < FEATURES; b++) {
                hess[a][b] += w * row[a] * row[b];
              }
            }
          }
        }
      }
      for (int a = 0; a < FEATURES; a++) {
        grad[a] -= (beta[a] - prior[a]) / (PRIOR_SD * PRIOR_SD);
        hess[a][a] += 1 / (PRIOR_SD * PRIOR_SD);
        for (int b = 0; b < a; b++) {
          hess[a][b] = hess[b][a];
        }
      }
      double[] step = solve(hess, grad);
      double scale = 1;
      double[] next = beta;
      double nextLl = ll;
      for (int halvings = 0; halvings < 30; halvings++, scale /= 2) {
        next = beta.clone();
        for (int a = 0; a < FEATURES; a++) {
          next[a] += scale * step[a];
        }
        nextLl = logLikelihood(history, x, next, zeroWeight) - penalty(next, prior);
        if (nextLl >= ll - 1e-9 * Math.abs(ll)) {
          break;
        }
      }
      double change = 0;
      for (int a = 0; a < FEATURES; a++) {
        change = Math.max(change, Math.abs(next[a] - beta[a]));
      }
      beta = next;
      ll = nextLl;
      if (change < 1e-7) {
        iteration++;
        break;
      }
    }
    double[] a = new double[BIN_EDGES.length];
    double[] b = new double[BIN_EDGES.length];
    double[] row = new double[FEATURES];
    for (int i = 0; i < cells; i++) {
      for (int y = 0; y < years; y++) {
        for (int m = 0; m < 12; m++) {
          if (history.days(y, m) == 0) {
            continue;
          }
          double n = exposure(history, i, y, m, zeroWeight);
          int fd = history.fireDays(i, y, m);
          features(x, (i * years + y) * 12 + m, m, row);
          double mu = Math.exp(dot(row, beta));
          long s = history.sum(i, y, m);
          int bin = bin(mu);
          // sum over weighted cell-days of (y - mu)^2 - y: fire days weigh 1, a zero day gives mu^2
          a[bin] += n * mu * mu;
          b[bin] += history.squares(i, y, m) - 2 * mu * s + fd * mu * mu - s + (n - fd) * mu * mu;
        }
      }
    }
    double[] theta = new double[BIN_EDGES.length];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = b[k] > 0 && a[k] > 0 ? a[k] / b[k] : Double.POSITIVE_INFINITY;
    }
    return new ExpectedCountModel(history, beta, theta, quantile, iteration, zeroWeight);
  }

  /** The expected count in this cell on this day. */
  public double expected(FireCell cell, long epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    int m = d.getMonthValue() - 1;
    double[] f = new double[4];
    history.covariates(history.indexOf(cell), m, history.yearIndex(d.getYear()), f);
    double eta = beta[m];
    for (int k = 0; k < 4; k++) {
      eta += beta[12 + k] * f[k];
    }
    return Math.exp(eta);
  }

  /** The bound: the model's {@code quantile} of the count in this cell on this day. */
  @Override
  public int bound(FireCell cell, long epochDay) {
    double mu = expected(cell, epochDay);
    return quantile(mu, theta[bin(mu)], quantile);
  }

  /** The probability of more than {@code count} detections in this cell on this day. */
  public double upperTail(FireCell cell, long epochDay, int count) {
    double mu = expected(cell, epochDay);
    return 1 - cdf(mu, theta[bin(mu)], count);
  }

  /** The fitted coefficients: 12 month intercepts, then the four covariates'. */
  public double[] coefficients() {
    return beta.clone();
  }

  /** The dispersion per bin of the expected count ({@code +Infinity}: Poisson). */
  public double[] dispersions() {
    return theta.clone();
  }

  /** The weight a cell-day without detections had in the fit (1: all counted fully). */
  public double zeroWeight() {
    return zeroWeight;
  }

  /** Newton iterations the fit took. */
  public int iterations() {
    return iterations;
  }

  /** The history the model predicts from. */
  public SeasonalHistory history() {
    return history;
  }

  /** The smallest {@code k} with {@code P(Y <= k) >= q}, Y negative binomial (Poisson when theta is infinite). */
  static int quantile(double mu, double theta, double q) {
    if (!(mu > 0)) {
      return 0;
    }
    boolean poisson = Double.isInfinite(theta);
    double pmf = poisson ? Math.exp(-mu) : Math.exp(theta * Math.log(theta / (theta + mu)));
    double cdf = pmf;
    int k = 0;
    while (cdf < q && k < 1_000_000) {
      pmf *= poisson ? mu / (k + 1) : (k + theta) / (k + 1) * mu / (theta + mu);
      k++;
      cdf += pmf;
    }
    return k;
  }

  /** {@code P(Y <= count)}. */
  static double cdf(double mu, double theta, int count) {
    if (!(mu > 0)) {
      return 1;
    }
    boolean poisson = Double.isInfinite(theta);
    double pmf = poisson ? Math.exp(-mu) : Math.exp(theta * Math.log(theta / (theta + mu)));
    double cdf = pmf;
    for (int k = 0; k < count; k++) {
      pmf *= poisson ? mu / (k + 1) : (k + theta) / (k + 1) * mu / (theta + mu);
      cdf += pmf;
    }
    return Math.min(1, cdf);
  }

  private static int bin(double mu) {
    double l = Math.log10(mu);
    for (int k = 0; k < BIN_EDGES.length; k++) {
      if (l <= BIN_EDGES[k]) {
        return k;
      }
    }
    return BIN_EDGES.length - 1;
  }

  private static void features(float[] x, int g, int m, double[] row) {
    Arrays.fill(row, 0, 12, 0);
    row[m] = 1;
    for (int k = 0; k < 4; k++) {
      row[12 + k] = x[g * 4 + k];
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static double penalty(double[] beta, double[] prior) {
    double p = 0;
    for (int a = 0; a < beta.length; a++) {
      p += (beta[a] - prior[a]) * (beta[a] - prior[a]);
    }
    return p / (2 * PRIOR_SD * PRIOR_SD);
  }

  /** The weighted number of cell-days: days with fires weigh 1, the others {@code zeroWeight}. */
  private static double exposure(SeasonalHistory h, int i, int y, int m, double zeroWeight) {
    int fd = h.fireDays(i, y, m);
    return fd + zeroWeight * (h.days(y, m) - fd);
  }

  private static double logLikelihood(SeasonalHistory history, float[] x, double[] beta, double zeroWeight) {
    int years = history.years().length;
    double ll = 0;
    double[] row = new double[FEATURES];
    for (int i = 0; i < history.cellCount(); i++) {
      for (int y = 0; y < years; y++) {
        for (int m = 0; m < 12; m++) {
          if (history.days(y, m) == 0) {
            continue;
          }
          double n = exposure(history, i, y, m, zeroWeight);
          features(x, (i * years + y) * 12 + m, m, row);
          double eta = dot(row, beta);
          ll += history.sum(i, y, m) * eta - n * Math.exp(eta);
        }
      }
    }
    return ll;
  }

  /** Solves {@code a x = b} for a symmetric positive-definite {@code a} by Gaussian elimination with pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      if (Math.abs(m[c][c]) < 1e-300) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double k = m[r][c] / m[c][c];
          for (int j = c; j <= n; j++) {
            m[r][j] -= k * m[c][j];
          }
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.abs(m[i][i]) < 1e-300 ? 0 : m[i][n] / m[i][i];
    }
    return out;
  }
}
