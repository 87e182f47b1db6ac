package io.github.kmeans4j.viz;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reduces a frame to at most 256 colours for GIF: the most frequent colours are kept exactly and
 * every other colour becomes its nearest kept colour. Frames are mostly flat tints, cluster colours
 * and text, so a few hundred colours cover nearly every pixel exactly; much faster than the JDK's
 * general octree quantisation.
 */
final class Quantizer {
    private Quantizer() {
    }

    static BufferedImage toIndexed(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, int[]> counts = new HashMap<>();
        for (int p : px) {
            counts.computeIfAbsent(p & 0xFFFFFF, c -> new int[1])[0]++;
        }
        int[][] byCount = new int[counts.size()][];
        int q = 0;
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            byCount[q++] = new int[] {e.getKey(), e.getValue()[0]};
        }
        // Most frequent first; ties by colour value, so the result does not depend on hash order.
        Arrays.sort(byCount, (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        int size = Math.min(256, byCount.length);
        // The GIF writer wants a full table of a power-of-two size: unused entries stay black.
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int c = byCount[i][0];
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
            index.put(c, i);
        }
        IndexColorModel model = new IndexColorModel(8, 256, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xFFFFFF;
            Integer k = index.get(c);
            if (k == null) {
                k = nearest(c, r, g, b, size);
                index.put(c, k);
            }
            data[i] = (byte) (int) k;
        }
        return out;
    }

    private static int nearest(int c, byte[] r, byte[] g, byte[] b, int size) {
        int cr = (c >> 16) & 0xFF;
        int cg = (c >> 8) & 0xFF;
        int cb = c & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            long dr = cr - (r[i] & 0xFF);
            long dg = cg - (g[i] & 0xFF);
            long db = cb - (b[i] & 0xFF);
            // Weighted like the eye's sensitivity: green most, blue least.
            long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
