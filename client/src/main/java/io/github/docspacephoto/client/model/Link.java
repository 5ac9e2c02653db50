package io.github.docspacephoto.client.model;

public record Link(String href, String action) {
}
