package io.jenkins.plugins.docspace;

import io.github.docspacephoto.client.PhotoAction;
import io.github.docspacephoto.client.PhotoRequest;
import io.github.docspacephoto.client.error.InvalidInputException;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException;

/**
 * A {@code docspacePhoto} step was running when the controller restarted. Like every synchronous non-blocking step
 * it is not resumed, and it stays the exception that {@code retry(conditions: [nonresumable()])} retries on; it
 * adds what the cut-off call means for the user's photo and whether running it again is safe.
 */
final class InterruptedByRestartException extends SynchronousResumeNotSupportedException {

    private static final long serialVersionUID = 1L;

    private final String outcome;

    InterruptedByRestartException(StepContext context, String outcome) {
        super(context);
        this.outcome = outcome;
    }

    @Override
    public String getMessage() {
        return outcome.isEmpty() ? super.getMessage() : super.getMessage() + " " + outcome;
    }

    /** Decided when the step starts, while its parameters are known: they are not kept across a restart. */
    static String outcomeOf(PhotoStepParameters parameters) {
        String what = "docspacePhoto " + parameters.action() + " of user '" + parameters.userId() + "'";
        if (DocSpaceForms.isDownload(parameters.action())) {
            return what + " only reads the photo: running it again is safe.";
        }
        PhotoRequest request;
        try {
            request = PhotoRequest.builder(PhotoAction.parse(parameters.action()), parameters.userId())
                    .tmpFile(parameters.tmpFile())
                    .build();
        } catch (InvalidInputException neverSent) {
            return "";
        }
        if (request.action() == PhotoAction.GET) {
            return what + " only reads the photo: running it again is safe.";
        }
        if (request.safeToRepeat()) {
            return "DocSpace may or may not have applied " + what + "; running it again gives the same result.";
        }
        return "The outcome of " + what + " is unknown: DocSpace may have applied it. Check the photo with"
                + " docspacePhoto action: 'get' before running it again.";
    }
}
