package io.github.kmeans4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One local Spark context per test JVM (public for the tests of {@code io.github.kmeans4j.spark.ml}), created on first use. A JVM holds one context at a
 * time, so asking for another master stops the current context and starts a new one; tests that
 * compare masters ask for each in turn. Headless: no UI, few shuffle partitions.
 */
public final class TestSpark {
    private static SparkSession session;
    private static String master;

    private TestSpark() {
    }

    public static synchronized SparkSession session(String wanted) {
        if (session != null && !wanted.equals(master)) {
            session.stop();
            session = null;
        }
        if (session == null) {
            SparkConf conf = new SparkConf().setMaster(wanted).setAppName("kmeans4j-tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.sql.shuffle.partitions", "4")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            session = SparkSession.builder().config(conf).getOrCreate();
            master = wanted;
        }
        return session;
    }

    public static JavaSparkContext context(String wanted) {
        return JavaSparkContext.fromSparkContext(session(wanted).sparkContext());
    }
}
