package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's JVM shows of a default fit, and which kernel the automatic choice takes, checked
 * in fresh JVMs (the choice is made once per JVM, and the test JVMs' logging is configured): a
 * default fit writes nothing to standard output or standard error, whatever the kernel; the
 * choice is logged only when the application asks for level FINE; the vector kernel is taken
 * only where it is fast.
 */
class DefaultFitInChildJvmTest {
    private static final String VECTOR = "--add-modules=jdk.incubator.vector";
    /** The JVM's own notice for an incubator module, printed at start-up before any user code runs. */
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector";

    @TempDir
    Path dir;

    record Outcome(String kernel, String stdout, List<String> stderr) {
    }

    private Outcome run(String... jvmOptions) throws IOException, InterruptedException {
        Path result = dir.resolve("result-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmOptions));
        command.add("-cp");
        command.add(location(Kernels.class) + File.pathSeparator + location(DefaultFitChild.class));
        command.add(DefaultFitChild.class.getName());
        command.add(result.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; standard error:%n%s", stderr).isZero();
        return new Outcome(Files.readString(result, StandardCharsets.UTF_8),
                Files.readString(out, StandardCharsets.UTF_8), stderr.lines().toList());
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void defaultFit_withoutTheVectorModule_printsNothingAndUsesThePortableKernel() throws Exception {
        Outcome outcome = run();
        assertThat(outcome.kernel()).isEqualTo("portable LABELS_STABLE");
        assertThat(outcome.stdout()).isEmpty();
        assertThat(outcome.stderr()).isEmpty();
    }

    @Test
    void defaultFit_withTheVectorModule_printsNothingButTheJvmsNoticeAndUsesTheVectorKernel() throws Exception {
        Outcome outcome = run(VECTOR);
        assertThat(outcome.kernel()).isEqualTo("vector LABELS_STABLE");
        assertThat(outcome.stdout()).isEmpty();
        assertThat(outcome.stderr()).containsOnly(INCUBATOR_NOTICE);
    }

    @Test
    void automaticChoice_loggingAtFine_namesTheKernelAndWhy() throws Exception {
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, "handlers=java.util.logging.ConsoleHandler\n"
                + "java.util.logging.ConsoleHandler.level=FINE\n"
                + "io.github.kmeans4j.level=FINE\n", StandardCharsets.UTF_8);
        Outcome outcome = run("-Djava.util.logging.config.file=" + config);
        assertThat(String.join("\n", outcome.stderr()))
                .contains("distance kernel \"portable\"")
                .contains("--add-modules jdk.incubator.vector");
    }

    @Test
    void automaticChoice_withoutTheOptimisingCompiler_fallsBackToPortable() throws Exception {
        assertThat(run(VECTOR, "-XX:TieredStopAtLevel=1").kernel()).startsWith("portable ");
    }

    @Test
    void automaticChoice_withVectorsNarrowerThan128Bits_fallsBackToPortable() throws Exception {
        assertThat(run(VECTOR, "-XX:MaxVectorSize=8").kernel()).startsWith("portable ");
    }

    @Test
    void automaticChoice_withoutHardwareFma_fallsBackToPortable() throws Exception {
        assertThat(run(VECTOR, "-XX:-UseFMA").kernel()).startsWith("portable ");
    }
}
