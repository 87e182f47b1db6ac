package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import org.junit.jupiter.api.Test;

/**
 * How {@link Kernels} finds and chooses the kernels, with and without the Vector API module.
 *
 * <p>The build runs this class twice (see kmeans-core/pom.xml): once on a JVM started with
 * {@code --add-modules jdk.incubator.vector} and once without, and says which through the
 * system property {@code kmeans4j.test.vectorModule} ({@code present} or {@code absent}), so a
 * lost flag fails {@link #theJvmHasTheModulesTheBuildAskedFor()} instead of silently testing
 * one case twice. Outside the build (no property) the tests follow whatever the JVM has.
 */
class KernelSelectionTest {
    private static final String FLAG = "--add-modules jdk.incubator.vector";

    @Test
    void theJvmHasTheModulesTheBuildAskedFor() {
        String expected = System.getProperty("kmeans4j.test.vectorModule");
        assumeTrue(expected != null, "run outside the build");
        assertThat(expected).isIn("present", "absent");
        assertThat(Kernels.vectorAvailable()).isEqualTo(expected.equals("present"));
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent())
                .isEqualTo(expected.equals("present"));
    }

    @Test
    void scalarAndPortableByName() {
        assertThat(Kernels.byName("scalar")).isSameAs(ScalarKernel.INSTANCE);
        assertThat(Kernels.byName(" Scalar ")).isSameAs(ScalarKernel.INSTANCE);
        assertThat(Kernels.byName("portable")).isSameAs(PortableKernel.INSTANCE);
        assertThat(Kernels.byName("PORTABLE")).isSameAs(PortableKernel.INSTANCE);

        assertThat(ScalarKernel.INSTANCE.name()).isEqualTo("scalar");
        assertThat(ScalarKernel.INSTANCE.exact()).isTrue();
        assertThat(PortableKernel.INSTANCE.name()).isEqualTo("portable");
        assertThat(PortableKernel.INSTANCE.exact()).isFalse();
    }

    @Test
    void anUnknownNameIsRejected() {
        assertThatThrownBy(() -> Kernels.byName("simd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"simd\"")
                .hasMessageContaining("scalar, portable, vector or auto");
        assertThatThrownBy(() -> Kernels.byName(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vectorByNameWhenTheModuleIsPresent() {
        assumeTrue(Kernels.vectorAvailable(), "needs " + FLAG);
        DistanceKernel vector = Kernels.byName("vector");
        assertThat(vector.name()).isEqualTo("vector");
        assertThat(vector.exact()).isFalse();
        assertThat(vector.getClass().getName()).isEqualTo("io.github.kmeans4j.internal.vector.VectorKernel");
        // Part of this module (named when the tests run on the module path), not exported.
        assertThat(vector.getClass().getModule()).isSameAs(Kernels.class.getModule());
        assertThat(Kernels.class.getModule().isExported("io.github.kmeans4j.internal.vector")).isFalse();
        assertThat(Kernels.byName(" Vector ")).isSameAs(vector);
    }

    @Test
    void vectorByNameWithoutTheModuleSaysHowToGetIt() {
        assumeTrue(!Kernels.vectorAvailable(), "needs a JVM without " + FLAG);
        assertThatThrownBy(() -> Kernels.byName("vector"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FLAG);
    }

    @Test
    void automaticIsVectorWithTheModuleAndPortableWithout() {
        assumeTrue(System.getProperty(Kernels.PROPERTY) == null, "-D" + Kernels.PROPERTY + " replaces the choice");
        DistanceKernel chosen = Kernels.automatic();
        assertThat(chosen.name()).isEqualTo(Kernels.vectorAvailable() ? "vector" : "portable");
        if (!Kernels.vectorAvailable()) {
            assertThat(chosen).isSameAs(PortableKernel.INSTANCE);
        }
        assertThat(Kernels.automatic()).isSameAs(chosen);
        assertThat(Kernels.byName("auto")).isSameAs(chosen);
    }

    @Test
    void aFitRunsWithEveryAvailableKernelAndVectorFailsClearlyWithoutTheModule() {
        double[][] rows = new double[200][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 2 == 0 ? -5 + i * 1e-3 : 5 - i * 1e-3, i % 7};
        }
        Dataset data = Dataset.of(rows);
        for (Kernel kernel : Kernel.values()) {
            KMeans kMeans = KMeans.builder().k(2).seed(1).kernel(kernel).build();
            if (kernel == Kernel.VECTOR && !Kernels.vectorAvailable()) {
                assertThatThrownBy(() -> kMeans.fit(data))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(FLAG);
                continue;
            }
            KMeansResult result = kMeans.fit(data);
            int[] labels = result.labels();
            for (int i = 2; i < labels.length; i++) {
                assertThat(labels[i]).as("%s, point %d", kernel, i).isEqualTo(labels[i % 2]);
            }
            assertThat(labels[0]).as("%s", kernel).isNotEqualTo(labels[1]);
        }
    }
}
