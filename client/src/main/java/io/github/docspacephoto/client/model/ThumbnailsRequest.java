package io.github.docspacephoto.client.model;

/** Body of POST .../photo/thumbnails; null properties are not sent. */
public record ThumbnailsRequest(String tmpFile, Integer x, Integer y, Integer width, Integer height) {
}
