package io.github.docspacephoto.emulator;

/** What the upload's multipart form carried: the file (null when none) and the raw Autosave value (null if absent). */
record UploadForm(byte[] file, String autosave) {
}
