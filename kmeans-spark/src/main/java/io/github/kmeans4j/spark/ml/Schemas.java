package io.github.kmeans4j.spark.ml;

import java.util.Arrays;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Checks of the columns a stage reads, and the column it adds, on the schema alone. */
final class Schemas {
    private Schemas() {
    }

    /** The type of {@code column}, which must exist. */
    static DataType type(StructType schema, String column) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(column)) {
                return f.dataType();
            }
        }
        throw new IllegalArgumentException("there is no column \"" + column + "\"; the columns are "
                + Arrays.toString(schema.fieldNames()));
    }

    /** Whether the features column holds ML vectors (else arrays of numbers); checks it is one of them. */
    static boolean checkFeatures(StructType schema, String column) {
        DataType type = type(schema, column);
        if (type.equals(SQLDataTypes.VectorType())) {
            return true;
        }
        if (type instanceof ArrayType array && array.elementType() instanceof NumericType) {
            return false;
        }
        throw new IllegalArgumentException("column \"" + column + "\" has type " + type.simpleString()
                + "; the features must be an ML vector or an array of numbers");
    }

    /** Checks the weight column, if any, is numeric. */
    static void checkWeight(StructType schema, String column) {
        if (column != null && !(type(schema, column) instanceof NumericType)) {
            throw new IllegalArgumentException("column \"" + column + "\" has type "
                    + type(schema, column).simpleString() + "; the weight must be a number");
        }
    }

    /** The schema with an integer prediction column added; the column must not exist yet. */
    static StructType withPrediction(StructType schema, String column) {
        if (Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("the prediction column \"" + column + "\" already exists");
        }
        return schema.add(new StructField(column, DataTypes.IntegerType, true,
                org.apache.spark.sql.types.Metadata.empty()));
    }
}
