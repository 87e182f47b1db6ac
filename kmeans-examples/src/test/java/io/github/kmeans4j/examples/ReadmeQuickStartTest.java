package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, taken from README.md as written, compiles as a new class against the
 * library and prints the phases of a run. Keeps the README true.
 */
class ReadmeQuickStartTest {

    @Test
    void quickStart_pastedIntoNewClass_compilesAndPrintsEveryPhase(@TempDir Path dir) throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\\n(.*?public class QuickStart.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as("README.md has a java block with public class QuickStart").isTrue();
        Path source = dir.resolve("QuickStart.java");
        Files.writeString(source, block.group(1), StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics,
                "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(status).as("javac output: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        String output = runMain(dir);
        List<String> lines = output.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("seed:   "));
        assertThat(lines).anyMatch(l -> l.startsWith("assign: iteration 1, 9 points moved"));
        assertThat(lines).anyMatch(l -> l.startsWith("update: iteration 1"));
        assertThat(lines).anyMatch(l -> l.startsWith("done:   LABELS_STABLE"));
        // The three well-separated groups of the example end as three clusters of three points.
        String labels = lines.get(lines.size() - 1);
        assertThat(labels).matches("\\[(\\d), \\1, \\1, (\\d), \\2, \\2, (\\d), \\3, \\3\\]");
        assertThat(labels.replaceAll("[^0-9]", "").chars().distinct().count()).isEqualTo(3);
    }

    private static String runMain(Path classes) throws IOException, ReflectiveOperationException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeQuickStartTest.class.getClassLoader());
             PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
            System.setOut(capture);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
