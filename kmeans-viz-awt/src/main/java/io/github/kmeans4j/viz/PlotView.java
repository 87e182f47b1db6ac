package io.github.kmeans4j.viz;

/** The data rectangle shown in the plot area, and the mapping between data and pixels. */
final class PlotView {
    final FrameLayout l;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    /** The data bounds to show (padded here), equal units on both axes unless {@code twoD} is false. */
    PlotView(FrameLayout l, double minX, double maxX, double minY, double maxY, boolean twoD) {
        this.l = l;
        double[] xr = padded(minX, maxX);
        double[] yr = padded(minY, maxY);
        if (twoD) {
            double rx = xr[1] - xr[0];
            double ry = yr[1] - yr[0];
            if (Math.max(rx / ry, ry / rx) <= 10) {
                // Equal units on both axes, so Voronoi boundaries look perpendicular as they are.
                double perPixel = Math.max(rx / l.plotW, ry / l.plotH);
                double cx = (xr[0] + xr[1]) / 2;
                double cy = (yr[0] + yr[1]) / 2;
                xr = new double[] {cx - perPixel * l.plotW / 2, cx + perPixel * l.plotW / 2};
                yr = new double[] {cy - perPixel * l.plotH / 2, cy + perPixel * l.plotH / 2};
            }
        }
        x0 = xr[0];
        x1 = xr[1];
        y0 = yr[0];
        y1 = yr[1];
    }

    private double[] padded(double lo, double hi) {
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            return new double[] {c - 0.5, c + 0.5};
        }
        double pad = 0.06 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    double sx(double x) {
        return l.plotX + (x - x0) / (x1 - x0) * l.plotW;
    }

    double sy(double y) {
        return l.plotY + (y1 - y) / (y1 - y0) * l.plotH;
    }

    /** Data x at the centre of pixel column px of the plot. */
    double dataX(int px) {
        return x0 + (px + 0.5) * (x1 - x0) / l.plotW;
    }

    /** Data y at the centre of pixel row py of the plot. */
    double dataY(int py) {
        return y1 - (py + 0.5) * (y1 - y0) / l.plotH;
    }
}
