package io.github.docspacephoto.emulator;

/** A crop rectangle in original-image pixels; 0x0 means "the whole image". */
record Crop(int x, int y, int width, int height) {

    static final Crop WHOLE_IMAGE = new Crop(0, 0, 0, 0);

    boolean isWholeImage() {
        return width == 0 && height == 0;
    }
}
