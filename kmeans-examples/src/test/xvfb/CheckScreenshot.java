import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks the explorer's screenshot for the Xvfb script: the file is a PNG of a window-sized picture
 * with many colours (a blank or black capture has one or two). Run as {@code java CheckScreenshot.java FILE}.
 */
public final class CheckScreenshot {
    private CheckScreenshot() {
    }

    /** Exits 0 if the screenshot looks like a drawn window, 1 otherwise, saying why. */
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        if (!file.isFile()) {
            fail("no screenshot at " + file);
        }
        BufferedImage image = ImageIO.read(file);
        if (image == null) {
            fail(file + " is not a readable image");
        }
        if (image.getWidth() < 600 || image.getHeight() < 400) {
            fail("the screenshot is only " + image.getWidth() + "x" + image.getHeight() + " pixels");
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        if (colours.size() < 50) {
            fail("the screenshot looks blank: " + colours.size() + " colours");
        }
        System.out.println("OK: " + file + " is " + image.getWidth() + "x" + image.getHeight() + " pixels with "
                + colours.size() + " colours");
    }

    private static void fail(String message) {
        System.err.println("FAIL: " + message);
        System.exit(1);
    }
}
