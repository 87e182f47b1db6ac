package io.github.kmeans4j.spark.ml;

import io.github.kmeans4j.KMeansResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.MLReader;
import scala.Option;

/** Loads a {@link KMeans4jModel} saved by {@link ModelWriter}. */
final class ModelReader extends MLReader<KMeans4jModel> {

    @Override
    public KMeans4jModel load(String path) {
        DefaultParamsReader.Metadata metadata =
                DefaultParamsReader.loadMetadata(path, sparkSession(), KMeans4jModel.class.getName());
        Path file = new Path(path, KMeans4jModel.RESULT_FILE);
        KMeansResult result;
        try {
            FileSystem fs = file.getFileSystem(sc().hadoopConfiguration());
            try (InputStream in = fs.open(file)) {
                result = KMeansResult.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        KMeans4jModel model = new KMeans4jModel(metadata.uid(), result);
        metadata.getAndSetParams(model, Option.empty());
        return model;
    }
}
