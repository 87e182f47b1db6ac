package io.github.kmeans4j.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * The features and weight columns of a DataFrame, checked against its schema before any job
 * runs: features as an ML {@link Vector} or an array of numbers, the weight as a number.
 */
final class FrameColumns {
    private final JavaRDD<Row> rows;
    private final PartitionRows.Reader<Row> reader;

    private FrameColumns(JavaRDD<Row> rows, PartitionRows.Reader<Row> reader) {
        this.rows = rows;
        this.reader = reader;
    }

    JavaRDD<Row> rows() {
        return rows;
    }

    PartitionRows.Reader<Row> reader() {
        return reader;
    }

    static FrameColumns of(org.apache.spark.sql.Dataset<Row> frame, String featuresCol, String weightCol) {
        if (frame == null || featuresCol == null) {
            throw new IllegalArgumentException("frame and featuresCol must not be null");
        }
        DataType features = type(frame, featuresCol);
        boolean vector = features.equals(SQLDataTypes.VectorType());
        if (!vector && !(features instanceof ArrayType array && array.elementType() instanceof NumericType)) {
            throw new IllegalArgumentException("column \"" + featuresCol + "\" has type " + features.simpleString()
                    + "; the features must be an ML vector or an array of numbers");
        }
        if (weightCol != null && !(type(frame, weightCol) instanceof NumericType)) {
            throw new IllegalArgumentException("column \"" + weightCol + "\" has type "
                    + type(frame, weightCol).simpleString() + "; the weight must be a number");
        }
        JavaRDD<Row> rows = (weightCol == null ? frame.select(featuresCol) : frame.select(featuresCol, weightCol))
                .javaRDD();
        boolean weighted = weightCol != null;
        PartitionRows.Reader<Row> reader = (row, out) -> {
            if (row.isNullAt(0)) {
                return "the features are null";
            }
            if (vector) {
                out.values = ((Vector) row.get(0)).toArray();
            } else {
                List<Object> list = row.getList(0);
                double[] values = new double[list.size()];
                for (int m = 0; m < values.length; m++) {
                    Object v = list.get(m);
                    if (v == null) {
                        return "feature " + m + " is null";
                    }
                    values[m] = ((Number) v).doubleValue();
                }
                out.values = values;
            }
            if (weighted) {
                if (row.isNullAt(1)) {
                    return "the weight is null";
                }
                out.weight = ((Number) row.get(1)).doubleValue();
            }
            return null;
        };
        return new FrameColumns(rows, reader);
    }

    private static DataType type(org.apache.spark.sql.Dataset<Row> frame, String column) {
        StructField[] fields = frame.schema().fields();
        for (StructField f : fields) {
            if (f.name().equals(column)) {
                return f.dataType();
            }
        }
        throw new IllegalArgumentException("the DataFrame has no column \"" + column + "\"; its columns are "
                + Arrays.toString(frame.columns()));
    }
}
