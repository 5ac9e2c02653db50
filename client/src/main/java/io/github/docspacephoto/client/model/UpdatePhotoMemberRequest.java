package io.github.docspacephoto.client.model;

/** Body of PUT .../photo: {@code files} is the URL of the new photo. */
public record UpdatePhotoMemberRequest(String files) {
}
