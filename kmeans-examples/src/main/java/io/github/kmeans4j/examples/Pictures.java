package io.github.kmeans4j.examples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Composing the examples' still pictures: rendered frames with a title each, in a grid. */
final class Pictures {
    private static final int TITLE = 30;
    private static final int GAP = 10;

    private Pictures() {
    }

    /** A picture and the title drawn above it. */
    record Titled(String title, BufferedImage image) {
    }

    /** The pictures one above the other. */
    static BufferedImage stack(List<Titled> pictures) {
        return grid(pictures, 1);
    }

    /** The pictures in rows of {@code columns}, each cell as large as the largest picture. */
    static BufferedImage grid(List<Titled> pictures, int columns) {
        if (pictures.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("need at least one picture and one column");
        }
        int cellW = 0;
        int cellH = 0;
        for (Titled t : pictures) {
            cellW = Math.max(cellW, t.image().getWidth());
            cellH = Math.max(cellH, t.image().getHeight());
        }
        int cols = Math.min(columns, pictures.size());
        int rows = (pictures.size() + cols - 1) / cols;
        BufferedImage out = new BufferedImage(GAP + cols * (cellW + GAP), GAP + rows * (cellH + TITLE + GAP),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < pictures.size(); i++) {
                int x = GAP + (i % cols) * (cellW + GAP);
                int y = GAP + (i / cols) * (cellH + TITLE + GAP);
                g.setColor(new Color(0x22, 0x22, 0x22));
                g.drawString(pictures.get(i).title(), x + 4, y + fm.getAscent() + 4);
                g.drawImage(pictures.get(i).image(), x, y + TITLE, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
