package io.github.docspacephoto.client.model;

/** DocSpace's error body: {@code {status: 1, statusCode, error: {message, ...}}}. */
public record ErrorApiResponse(Integer status, Integer statusCode, ApiError error) {
}
