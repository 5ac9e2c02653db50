package io.github.docspacephoto.cli;

import io.github.docspacephoto.client.error.DocSpaceAccessDeniedException;
import io.github.docspacephoto.client.error.DocSpaceAuthenticationException;
import io.github.docspacephoto.client.error.DocSpaceBadRequestException;
import io.github.docspacephoto.client.error.DocSpaceNotFoundException;
import io.github.docspacephoto.client.error.DocSpaceOutcomeUnknownException;
import io.github.docspacephoto.client.error.DocSpaceUnsupportedMediaTypeException;
import io.github.docspacephoto.client.error.InvalidInputException;
import io.github.docspacephoto.client.error.TwoFactorRequiredException;
import io.github.docspacephoto.client.error.UploadRejectedException;
import java.io.UncheckedIOException;

/** The exit status of every command, documented in {@code --help}. */
final class ExitCodes {

    static final int OK = 0;
    static final int DEMO_FAILED = 1;
    static final int USAGE = 2;
    static final int AUTHENTICATION = 3;
    static final int PERMISSION = 4;
    static final int NOT_FOUND = 5;
    static final int INVALID_INPUT = 6;
    static final int SERVER_OR_NETWORK = 7;
    /** A change was sent and no answer came: it may or may not have been applied. */
    static final int OUTCOME_UNKNOWN = 8;

    private ExitCodes() {
    }

    static int of(Throwable failure) {
        if (failure instanceof DocSpaceOutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        if (failure instanceof DocSpaceAuthenticationException || failure instanceof TwoFactorRequiredException) {
            return AUTHENTICATION;
        }
        if (failure instanceof DocSpaceAccessDeniedException) {
            return PERMISSION;
        }
        if (failure instanceof DocSpaceNotFoundException) {
            return NOT_FOUND;
        }
        if (failure instanceof InvalidInputException || failure instanceof UploadRejectedException
                || failure instanceof DocSpaceBadRequestException
                || failure instanceof DocSpaceUnsupportedMediaTypeException
                || failure instanceof UncheckedIOException) {
            return INVALID_INPUT;
        }
        return SERVER_OR_NETWORK;
    }
}
