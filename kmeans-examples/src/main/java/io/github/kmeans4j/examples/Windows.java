package io.github.kmeans4j.examples;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** Opening simple windows for examples whose result is a still picture. */
final class Windows {
    private Windows() {
    }

    /** Shows {@code image} in a scrollable window, created on the event thread. */
    static void showImage(String title, BufferedImage image) {
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame(title);
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.add(new JScrollPane(new JLabel(new ImageIcon(image))), BorderLayout.CENTER);
            frame.pack();
            frame.setLocationByPlatform(true);
            frame.setVisible(true);
        });
    }
}
