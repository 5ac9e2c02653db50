package io.github.docspacephoto.client;

import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.UploadedPhotoUrls;

/** A photo's URLs as DocSpace returns them (usually relative to the portal): original and five thumbnails. */
public record PhotoUrls(String original, String retina, String max, String big, String medium, String small) {

    static PhotoUrls of(ThumbnailsDataDto dto) {
        return new PhotoUrls(dto.original(), dto.retina(), dto.max(), dto.big(), dto.medium(), dto.small());
    }

    static PhotoUrls of(UploadedPhotoUrls urls) {
        return new PhotoUrls(urls.main(), urls.retina(), urls.max(), urls.big(), urls.medium(), urls.small());
    }
}
