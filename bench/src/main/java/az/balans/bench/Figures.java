package az.balans.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every measured value of every figure, in the order measured, with min, median and max. */
final class Figures {

    record Figure(String name, String unit, List<Double> values) {

        double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            if (n == 0) {
                return Double.NaN;
            }
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    void add(String name, String unit, double value) {
        figures.computeIfAbsent(name, n -> new Figure(n, unit, new ArrayList<>()))
                .values()
                .add(value);
        System.out.printf("[bench] %-58s %12.2f %s%n", name, value, unit);
    }

    Figure get(String name) {
        Figure figure = figures.get(name);
        if (figure == null) {
            throw new IllegalStateException("nothing measured for " + name);
        }
        return figure;
    }

    List<Figure> all() {
        return List.copyOf(figures.values());
    }
}
