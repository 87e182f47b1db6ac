package io.github.kmeans4j.metrics;

import io.github.kmeans4j.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cases of {@code reference/metrics.json} (scikit-learn 1.2), read with the tests' {@link Json}. */
final class ReferenceCases {

    private ReferenceCases() {
    }

    /** One case: data, a clustering, the known classes and scikit-learn's scores. */
    record Case(String name, double[][] x, int[] labels, int[] truth, Map<String, Object> raw) {
        double number(String key) {
            return Json.number(raw.get(key));
        }

        double[] numbers(String key) {
            return Json.vector(raw.get(key));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> load() {
        Map<String, Object> root = Json.obj(Json.parseResource("/reference/metrics.json"));
        List<Case> cases = new ArrayList<>();
        for (Object o : Json.list(root.get("cases"))) {
            Map<String, Object> c = Json.obj(o);
            cases.add(new Case((String) c.get("name"), Json.matrix(c.get("X")), Json.ints(c.get("labels")),
                    Json.ints(c.get("truth")), c));
        }
        return cases;
    }
}
