package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.SeedChosen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user-written initialiser: it draws from the fit's generator and its seeds are announced. */
class CustomInitializerTest {
    private static final Dataset DATA = Dataset.of(new double[][] {
        {0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}, {20, 0}, {21, 0}, {20, 1}});

    /** k distinct rows drawn uniformly with the fit's generator; records what it chose. */
    private static Initializer uniformRows(List<Integer> chosen) {
        return Initializer.custom("uniform rows", draw -> {
            chosen.clear();
            while (draw.chosen() < draw.k()) {
                int row = draw.nextInt(draw.n());
                if (!chosen.contains(row)) {
                    chosen.add(row);
                    draw.choose(row, 1.0 / (draw.n() - draw.chosen()), "drawn uniformly");
                }
            }
        });
    }

    private static List<KMeansEvent> fit(Initializer init, long seed) {
        List<KMeansEvent> events = new ArrayList<>();
        KMeans.builder().k(3).seed(seed).initializer(init).listener(events::add).build().fit(DATA);
        return events;
    }

    @Test
    void custom_seedsAnnouncedAsChosen_andInitialCentroidsAreThoseRows() {
        List<Integer> chosen = new ArrayList<>();
        List<KMeansEvent> events = fit(uniformRows(chosen), 7);
        List<SeedChosen> seeds = events.stream().filter(SeedChosen.class::isInstance).map(SeedChosen.class::cast)
                .toList();
        assertThat(seeds).hasSize(3);
        assertThat(seeds).extracting(SeedChosen::pointIndex).containsExactlyElementsOf(chosen);
        for (int j = 0; j < 3; j++) {
            assertThat(seeds.get(j).seedIndex()).isEqualTo(j);
            assertThat(seeds.get(j).centroid()).containsExactly(DATA.row(chosen.get(j)));
            assertThat(seeds.get(j).reason()).isEqualTo("uniform rows: drawn uniformly");
        }
        Initialized init = events.stream().filter(Initialized.class::isInstance).map(Initialized.class::cast)
                .findFirst().orElseThrow();
        for (int j = 0; j < 3; j++) {
            assertThat(init.centroids()[j]).containsExactly(DATA.row(chosen.get(j)));
        }
        assertThat(uniformRows(chosen).toString()).isEqualTo("uniform rows");
    }

    @Test
    void custom_theFitsSeedFixesTheDraws() {
        List<Integer> first = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        fit(uniformRows(first), 11);
        fit(uniformRows(again), 11);
        assertThat(again).isEqualTo(first);
        // over several seeds the draws differ: they come from the fit's generator, not a fixed one
        List<List<Integer>> seen = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            List<Integer> c = new ArrayList<>();
            fit(uniformRows(c), seed);
            seen.add(c);
        }
        assertThat(seen.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void custom_wrongNumberOfSeeds_orBadChoices_areRefusedNamingTheInitializer() {
        Initializer tooFew = Initializer.custom("two only", draw -> {
            draw.choose(0, 1, "first");
            draw.choose(3, 1, "second");
        });
        assertThatThrownBy(() -> fit(tooFew, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"two only\" chose 2 of the 3 seeds");
        Initializer tooMany = Initializer.custom("greedy", draw -> {
            for (int i = 0; i < 4; i++) {
                draw.choose(i, 1, "row " + i);
            }
        });
        assertThatThrownBy(() -> fit(tooMany, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("all 3 seeds are chosen");
        Initializer twice = Initializer.custom("twice", draw -> {
            draw.choose(0, 1, "a");
            draw.choose(0, 1, "b");
        });
        assertThatThrownBy(() -> fit(twice, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0 is a seed already");
        Initializer weightless = Initializer.custom("weightless", draw -> draw.choose(1, 1, "weight 0"));
        assertThatThrownBy(() -> KMeans.builder().k(3).initializer(weightless).build()
                .fit(DATA.withWeights(new double[] {1, 0, 1, 1, 1, 1, 1, 1, 1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has weight 0");
        assertThatThrownBy(() -> Initializer.custom(" ", draw -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void custom_drawKeptAfterPick_cannotBeUsed() {
        SeedDraw[] kept = new SeedDraw[1];
        Initializer keeper = Initializer.custom("keeper", draw -> {
            kept[0] = draw;
            for (int i = 0; i < draw.k(); i++) {
                draw.choose(3 * i, 1, "every third row");
            }
        });
        fit(keeper, 1);
        assertThatThrownBy(() -> kept[0].nextDouble()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kept[0].choose(1, 1, "late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void custom_distanceToNearestSeed_asComputedByHand() {
        List<Double> seen = new ArrayList<>();
        Initializer probe = Initializer.custom("probe", draw -> {
            seen.add(draw.distanceSquaredToNearestSeed(4));   // before any seed
            draw.choose(0, 1, "origin");
            seen.add(draw.distanceSquaredToNearestSeed(4));   // (10, 11) to (0, 0): 100 + 121
            draw.choose(6, 1, "far");
            seen.add(draw.distanceSquaredToNearestSeed(7));   // (21, 0) to (20, 0): 1
            draw.choose(3, 1, "middle");
        });
        fit(probe, 1);
        assertThat(seen).containsExactly(Double.POSITIVE_INFINITY, 221.0, 1.0);
    }
}
