package io.github.docspacephoto.emulator;

/** The multipart form the upload endpoint accepts (NOTES.md §1). */
public enum UploadShape {
    /** Server 3.7: a file part named {@code File} (any case) and an optional {@code Autosave}, default false. */
    V3_7,
    /** Server 3.6: the whole form; the first file part whatever its name, and {@code Autosave} required. */
    V3_6
}
