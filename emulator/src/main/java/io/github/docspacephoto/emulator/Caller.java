package io.github.docspacephoto.emulator;

/** Who is calling, and whether their credentials allow writes (API keys may carry read scope only). */
record Caller(SeededUser user, boolean mayWrite) {
}
