package io.jenkins.plugins.docspace;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.Extension;
import hudson.FilePath;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code docspacePhoto action: 'upload', userId: 'john', file: 'avatar.png'}: one action on a DocSpace user's
 * photo, on a server the administrator named. Returns a map of the photo's URLs. Needs a workspace (a {@code node}
 * block) only to upload. The freestyle {@link DocSpacePhotoBuilder} has the same fields, form and checks.
 */
public class DocSpacePhotoStep extends Step {

    private final String action;
    private final String userId;
    private String file;
    private String size;
    private String url;
    private Integer x;
    private Integer y;
    private Integer width;
    private Integer height;
    private String tmpFile;
    private boolean autosave = true;
    private String server;
    private String serverUrl;
    private String credentialsId;
    private boolean failOnError = true;
    private boolean prepare;

    @DataBoundConstructor
    public DocSpacePhotoStep(String action, String userId) {
        this.action = Util.fixEmptyAndTrim(action);
        this.userId = Util.fixEmptyAndTrim(userId);
    }

    public String getAction() {
        return action;
    }

    public String getUserId() {
        return userId;
    }

    public String getFile() {
        return file;
    }

    @DataBoundSetter
    public void setFile(String file) {
        this.file = Util.fixEmptyAndTrim(file);
    }

    public String getSize() {
        return size;
    }

    @DataBoundSetter
    public void setSize(String size) {
        this.size = Util.fixEmptyAndTrim(size);
    }

    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = Util.fixEmptyAndTrim(url);
    }

    public Integer getX() {
        return x;
    }

    @DataBoundSetter
    public void setX(Integer x) {
        this.x = x;
    }

    public Integer getY() {
        return y;
    }

    @DataBoundSetter
    public void setY(Integer y) {
        this.y = y;
    }

    public Integer getWidth() {
        return width;
    }

    @DataBoundSetter
    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    @DataBoundSetter
    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getTmpFile() {
        return tmpFile;
    }

    @DataBoundSetter
    public void setTmpFile(String tmpFile) {
        this.tmpFile = Util.fixEmptyAndTrim(tmpFile);
    }

    public boolean isAutosave() {
        return autosave;
    }

    @DataBoundSetter
    public void setAutosave(boolean autosave) {
        this.autosave = autosave;
    }

    public String getServer() {
        return server;
    }

    @DataBoundSetter
    public void setServer(String server) {
        this.server = Util.fixEmptyAndTrim(server);
    }

    public String getServerUrl() {
        return serverUrl;
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        this.serverUrl = Util.fixEmptyAndTrim(serverUrl);
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    public boolean isPrepare() {
        return prepare;
    }

    @DataBoundSetter
    public void setPrepare(boolean prepare) {
        this.prepare = prepare;
    }

    PhotoStepParameters parameters() {
        return new PhotoStepParameters(action, userId, file, size, url, x, y, width, height, tmpFile, autosave,
                server, serverUrl, credentialsId, failOnError, prepare);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(parameters(), context);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        // Read only by run(), in the JVM that started the step: after a controller restart this execution is
        // not resumed (SynchronousNonBlockingStepExecution fails it), so the field is never needed again.
        @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "not resumed after a restart")
        private final transient PhotoStepParameters parameters;
        /** What a restart in the middle of this step means for the photo; kept, unlike the parameters. */
        private final String outcomeIfInterrupted;

        Execution(PhotoStepParameters parameters, StepContext context) {
            super(context);
            this.parameters = parameters;
            this.outcomeIfInterrupted = InterruptedByRestartException.outcomeOf(parameters);
        }

        @Override
        public void onResume() {
            getContext().onFailure(new InterruptedByRestartException(getContext(), outcomeIfInterrupted));
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            // The workspace is looked up, not required: only an upload needs one.
            return new DocSpacePhotoExecution(parameters, context.get(Run.class), context.get(FilePath.class),
                    context.get(TaskListener.class)).run();
        }
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "docspacePhoto";
        }

        @Override
        public String getDisplayName() {
            return "Get, upload, update, delete or crop a DocSpace user photo";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        public ListBoxModel doFillActionItems() {
            return PhotoStepForm.actionItems();
        }

        public FormValidation doCheckUserId(@QueryParameter String value) {
            return PhotoStepForm.checkUserId(value);
        }

        public FormValidation doCheckFile(@QueryParameter String value) {
            return PhotoStepForm.checkFile(value);
        }

        public ListBoxModel doFillSizeItems() {
            return PhotoStepForm.sizeItems();
        }

        public FormValidation doCheckUrl(@QueryParameter String value) {
            return PhotoStepForm.checkUrl(value);
        }

        public FormValidation doCheckX(@QueryParameter String value) {
            return PhotoStepForm.checkNonNegative(value);
        }

        public FormValidation doCheckY(@QueryParameter String value) {
            return PhotoStepForm.checkNonNegative(value);
        }

        public FormValidation doCheckWidth(@QueryParameter String value) {
            return PhotoStepForm.checkNonNegative(value);
        }

        public FormValidation doCheckHeight(@QueryParameter String value) {
            return PhotoStepForm.checkNonNegative(value);
        }

        public ListBoxModel doFillServerItems(@AncestorInPath Item item) {
            return PhotoStepForm.serverItems(item);
        }

        public FormValidation doCheckServer(@AncestorInPath Item item, @QueryParameter String value) {
            return PhotoStepForm.checkServer(item, value);
        }

        public FormValidation doCheckServerUrl(@AncestorInPath Item item, @QueryParameter String value) {
            return PhotoStepForm.checkServerUrl(item, value);
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String server,
                                                     @QueryParameter String serverUrl,
                                                     @QueryParameter String credentialsId) {
            return PhotoStepForm.credentialsIdItems(item, server, serverUrl, credentialsId);
        }

        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String server,
                                                   @QueryParameter String serverUrl, @QueryParameter String value) {
            return PhotoStepForm.checkCredentialsId(item, server, serverUrl, value);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String server,
                                               @QueryParameter String credentialsId) {
            return PhotoStepForm.testConnection(item, server, credentialsId);
        }
    }
}
