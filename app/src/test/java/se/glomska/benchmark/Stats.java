package se.glomska.benchmark;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample of durations (or rates), in the unit they were recorded in. */
record Stats(double[] sorted) {

    static Stats of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        if (v.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return new Stats(v);
    }

    int count() {
        return sorted.length;
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    double median() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
