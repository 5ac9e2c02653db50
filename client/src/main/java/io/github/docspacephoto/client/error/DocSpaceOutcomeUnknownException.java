package io.github.docspacephoto.client.error;

/**
 * A request that changes the photo was sent, and no answer came (a read timeout, a reset connection): DocSpace may
 * or may not have applied it. It is not sent again; read the photo to find out which.
 */
public class DocSpaceOutcomeUnknownException extends DocSpaceConnectionException {

    public DocSpaceOutcomeUnknownException(DocSpaceConnectionException noAnswer, String userId) {
        super(noAnswer.getMessage() + "; the outcome is unknown: DocSpace may have applied the change. Check the"
                + " photo with get (GET /api/2.0/people/" + userId + "/photo) before trying again", true, noAnswer);
    }
}
