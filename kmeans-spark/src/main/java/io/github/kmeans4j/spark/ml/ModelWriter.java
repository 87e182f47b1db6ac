package io.github.kmeans4j.spark.ml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLWriter;

/** Saves a {@link KMeans4jModel}: Spark ML's params metadata, then the result in the core's format. */
final class ModelWriter extends MLWriter {
    private final KMeans4jModel model;

    ModelWriter(KMeans4jModel model) {
        this.model = model;
    }

    @Override
    public void saveImpl(String path) {
        DefaultParamsWriter.saveMetadata(model, path, sparkSession());
        Path file = new Path(path, KMeans4jModel.RESULT_FILE);
        try {
            FileSystem fs = file.getFileSystem(sc().hadoopConfiguration());
            try (OutputStream out = fs.create(file, false)) {
                out.write(model.encodedResult());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
