package io.github.docspacephoto.client.model;

/** {@code error} of an error body; {@code type}, {@code stack} and {@code hresult} only where stack traces are on. */
public record ApiError(String message, String type, String stack, Integer hresult) {
}
