package io.github.docspacephoto.emulator;

/** Who is calling, and whether their credentials carry a write scope (read-only API keys do not). */
record Caller(SeededUser user, boolean mayWrite) {
}
