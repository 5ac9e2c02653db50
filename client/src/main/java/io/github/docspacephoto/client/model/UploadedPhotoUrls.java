package io.github.docspacephoto.client.model;

/** The URLs in a successful autosaved upload: as {@link ThumbnailsDataDto}, but the original is called {@code main}. */
public record UploadedPhotoUrls(String main, String retina, String max, String big, String medium, String small) {
}
