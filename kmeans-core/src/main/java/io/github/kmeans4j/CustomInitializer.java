package io.github.kmeans4j;

/**
 * An initialiser written by the user ({@link Initializer#custom}): its {@link SeedPicker} chooses
 * the seeds through a {@link SeedDraw}. Checked afterwards: unless the fit was cancelled, it must
 * have chosen exactly k seeds.
 */
final class CustomInitializer extends Initializer {
    private final String name;
    private final SeedPicker picker;

    CustomInitializer(String name, SeedPicker picker) {
        this.name = name;
        this.picker = picker;
    }

    @Override
    void initialize(Seeding seeding) {
        SeedDraw draw = new SeedDraw(seeding, name);
        try {
            picker.pick(draw);
        } finally {
            draw.close();
        }
        if (seeding.chosen() < seeding.k && !seeding.cancelled()) {
            throw new IllegalStateException("initializer \"" + name + "\" chose " + seeding.chosen() + " of the "
                    + seeding.k + " seeds; a SeedPicker must choose k");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
