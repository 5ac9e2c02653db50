package io.github.docspacephoto.emulator;

/** A crop rectangle in pixels of the original; 0x0 means "a centred square of the whole image". */
record Crop(int x, int y, int width, int height) {

    static final Crop CENTRED_SQUARE = new Crop(0, 0, 0, 0);

    boolean isCentredSquare() {
        return width == 0 && height == 0;
    }
}
