package io.github.docspacephoto.emulator;

/** A user's photo URLs, each ending in {@code ?hash=N}: the original and the five thumbnails (NOTES.md §3.2). */
record PhotoUrls(String original, String retina, String max, String big, String medium, String small) {
}
