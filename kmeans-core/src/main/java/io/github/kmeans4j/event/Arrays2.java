package io.github.kmeans4j.event;

import java.util.Arrays;

/** Copies and checks for the arrays inside events. */
final class Arrays2 {
    private Arrays2() {
    }

    static double[] copy(double[] a, String what) {
        if (a == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return a.clone();
    }

    static int[] copy(int[] a, String what) {
        if (a == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return a.clone();
    }

    static double[][] copy(double[][] a, String what) {
        if (a == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = copy(a[i], what + "[" + i + "]");
        }
        return out;
    }

    static String toString(double[][] a) {
        return Arrays.deepToString(a);
    }
}
