package io.github.kmeans4j.data;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Three classic labelled data sets shipped inside the library, ready to cluster:
 * {@code BundledData.IRIS.load()}. The class of each point is its label, named as in the source
 * (species, cultivar, digit); the column names are the measurements. Sources and licences are
 * listed by {@link #source()} and in the {@code README.md} beside the files in
 * {@code io/github/kmeans4j/data/}.
 *
 * <p>Each set is parsed once, on its first {@link #load()}, and then shared (a {@link LabeledData}
 * is immutable). Loading is thread-safe.
 */
public enum BundledData {

    /**
     * Fisher's Iris flowers: 150 flowers × 4 measurements in cm (sepal length and width, petal
     * length and width), 3 species of 50 each: setosa, versicolor, virginica.
     */
    IRIS("iris.csv", "R. A. Fisher (1936), via the UCI Machine Learning Repository; public domain"),

    /**
     * Wine: chemical analysis of 178 Italian wines × 13 measurements (alcohol, malic acid, …,
     * proline), 3 cultivars of 59, 71 and 48 wines ({@code class_0} to {@code class_2}). The
     * columns have very different scales: scale them before clustering.
     */
    WINE("wine.csv", "M. Forina et al., via the UCI Machine Learning Repository; CC BY 4.0"),

    /**
     * Hand-written digits: 1797 images of 8×8 pixels, 64 grey levels from 0 to 16 in row-major
     * order ({@code pixel_r_c}), 10 classes named {@code "0"} to {@code "9"}, in that order, of
     * about 180 images each.
     */
    DIGITS("digits.csv", "UCI \"Optical Recognition of Handwritten Digits\" (E. Alpaydin, C. Kaynak), test part;"
            + " CC BY 4.0");

    private static final CsvReader READER = CsvReader.builder().labelColumn("class").build();

    private final String fileName;
    private final String source;
    private volatile LabeledData loaded;

    BundledData(String fileName, String source) {
        this.fileName = fileName;
        this.source = source;
    }

    /**
     * The data set: every measurement column, with the {@code class} column as the labels.
     *
     * @return the data set, the same instance on every call
     * @throws UncheckedIOException if the bundled file cannot be read (a damaged jar)
     */
    public LabeledData load() {
        LabeledData data = loaded;
        if (data == null) {
            synchronized (this) {
                data = loaded;
                if (data == null) {
                    try {
                        data = READER.readResource(BundledData.class, fileName);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled " + fileName, e);
                    }
                    loaded = data;
                }
            }
        }
        return data;
    }

    /** {@return the name of the bundled CSV file, such as {@code "iris.csv"}} */
    public String fileName() {
        return fileName;
    }

    /** {@return where the data comes from and under which licence, in one line} */
    public String source() {
        return source;
    }
}
