package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A data set keeps its bounding box after the first fit; nothing a fit does changes what the next
 * fit of the same data set sees: each fit equals, bit for bit, the same fit of a fresh copy.
 */
class KeptBoxTest {

    private static double[][] rows(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[3000][5];
        for (double[] row : x) {
            for (int m = 0; m < row.length; m++) {
                row[m] = 1e6 + r.nextGaussian() * (m + 1);   // far from the origin: the kernels centre the data
            }
        }
        return x;
    }

    @Test
    void repeatedFits_ofOneDataSet_equalFitsOfFreshCopies() {
        double[][] x = rows(3);
        Dataset shared = Dataset.of(x);
        // given centroids far outside the data widen the box the overflow check looks at
        double[][] far = {{-1e9, -1e9, -1e9, -1e9, -1e9}, {1e9, 1e9, 1e9, 1e9, 1e9}, x[0].clone()};
        for (Kernel kernel : new Kernel[] {Kernel.PORTABLE, Kernel.SCALAR}) {
            KMeans given = KMeans.builder().k(3).initializer(Initializer.given(far)).kernel(kernel).seed(1).build();
            KMeans seeded = KMeans.builder().k(3).kernel(kernel).seed(2).maxIterations(20).build();
            KMeansResult first = given.fit(shared);
            KMeansResult second = seeded.fit(shared);
            KMeansResult third = given.fit(shared);
            assertThat(first.centroids()).isDeepEqualTo(given.fit(Dataset.of(x)).centroids());
            assertThat(second.centroids()).isDeepEqualTo(seeded.fit(Dataset.of(x)).centroids());
            assertThat(second.inertia()).isEqualTo(seeded.fit(Dataset.of(x)).inertia());
            assertThat(third.centroids()).isDeepEqualTo(first.centroids());
            // the kept box is the data's own, not widened by the given centroids the check included
            assertThat(shared.boundingBox()).isDeepEqualTo(Dataset.of(x).boundingBox());
            assertThat(shared.boundingBox()[0][2]).isGreaterThan(9e5);
        }
    }
}
