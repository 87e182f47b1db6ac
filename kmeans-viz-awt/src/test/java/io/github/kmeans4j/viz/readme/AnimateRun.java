package io.github.kmeans4j.viz.readme;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.Animation;
import java.nio.file.Path;

public class AnimateRun {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Dataset data = Dataset.of(new double[][] {
            {1, 1}, {1.5, 2}, {1, 2.5}, {5, 7}, {6, 6.5}, {5.5, 8}, {9, 1}, {8.5, 2}, {9.5, 1.5}});
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(42).listener(recorder).build().fit(data);
        Animation animation = Animation.of(recorder.recording()).withSize(800, 600);
        animation.writeGif(out.resolve("run.gif"));   // loops forever, holds the last frame
        animation.writeHtml(out.resolve("run.html")); // one file: frames and a player
    }
}
