package io.github.docspacephoto.example;

import io.github.docspacephoto.client.PhotoResult;
import io.github.docspacephoto.client.PhotoUrls;
import io.github.docspacephoto.client.model.ThumbnailsDataDto;
import io.github.docspacephoto.client.model.UploadedPhotoUrls;

/** What this application answers about a user's photo: the URLs DocSpace gave, usually relative to the portal. */
public record Avatar(String userId, String original, String max, String medium, String small) {

    static Avatar of(String userId, ThumbnailsDataDto urls) {
        return new Avatar(userId, urls.original(), urls.max(), urls.medium(), urls.small());
    }

    static Avatar of(String userId, UploadedPhotoUrls urls) {
        return new Avatar(userId, urls.main(), urls.max(), urls.medium(), urls.small());
    }

    static Avatar of(PhotoResult result) {
        PhotoUrls urls = result.urls();
        return new Avatar(result.userId(), urls.original(), urls.max(), urls.medium(), urls.small());
    }
}
