package io.jenkins.plugins.docspace;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.Extension;
import hudson.FilePath;
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
 * photo. Returns a map of the photo's URLs. Needs a workspace (a {@code node} block) only to upload.
 */
public class DocSpacePhotoStep extends Step {

    private final PhotoStepParameters parameters;

    @DataBoundConstructor
    public DocSpacePhotoStep(String action, String userId) {
        this.parameters = new PhotoStepParameters(action, userId);
    }

    public String getAction() {
        return parameters.action;
    }

    public String getUserId() {
        return parameters.userId;
    }

    public String getFile() {
        return parameters.file;
    }

    @DataBoundSetter
    public void setFile(String file) {
        parameters.file = emptyToNull(file);
    }

    public String getUrl() {
        return parameters.url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        parameters.url = emptyToNull(url);
    }

    public Integer getX() {
        return parameters.x;
    }

    @DataBoundSetter
    public void setX(Integer x) {
        parameters.x = x;
    }

    public Integer getY() {
        return parameters.y;
    }

    @DataBoundSetter
    public void setY(Integer y) {
        parameters.y = y;
    }

    public Integer getWidth() {
        return parameters.width;
    }

    @DataBoundSetter
    public void setWidth(Integer width) {
        parameters.width = width;
    }

    public Integer getHeight() {
        return parameters.height;
    }

    @DataBoundSetter
    public void setHeight(Integer height) {
        parameters.height = height;
    }

    public String getTmpFile() {
        return parameters.tmpFile;
    }

    @DataBoundSetter
    public void setTmpFile(String tmpFile) {
        parameters.tmpFile = emptyToNull(tmpFile);
    }

    public boolean isAutosave() {
        return parameters.autosave;
    }

    @DataBoundSetter
    public void setAutosave(boolean autosave) {
        parameters.autosave = autosave;
    }

    public String getServerUrl() {
        return parameters.serverUrl;
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        parameters.serverUrl = emptyToNull(serverUrl);
    }

    public String getCredentialsId() {
        return parameters.credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.credentialsId = emptyToNull(credentialsId);
    }

    public boolean isFailOnError() {
        return parameters.failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        parameters.failOnError = failOnError;
    }

    static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(parameters, context);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        // Read only by run(), in the JVM that started the step: after a controller restart this execution is
        // not resumed (SynchronousNonBlockingStepExecution fails it), so the field is never needed again.
        @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "not resumed after a restart")
        private final transient PhotoStepParameters parameters;

        Execution(PhotoStepParameters parameters, StepContext context) {
            super(context);
            this.parameters = parameters;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            // The workspace is looked up, not required: only an upload needs one.
            FilePath workspace = context.get(FilePath.class);
            return new DocSpacePhotoExecution(parameters, context.get(Run.class), workspace,
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
            return DocSpaceForms.actionItems();
        }

        public FormValidation doCheckUserId(@QueryParameter String value) {
            return DocSpaceForms.checkRequired(value, "The user's GUID or user name");
        }

        public FormValidation doCheckServerUrl(@QueryParameter String value) {
            return DocSpaceForms.checkServerUrl(value, true);
        }

        public FormValidation doCheckX(@QueryParameter String value) {
            return DocSpaceForms.checkNonNegative(value);
        }

        public FormValidation doCheckY(@QueryParameter String value) {
            return DocSpaceForms.checkNonNegative(value);
        }

        public FormValidation doCheckWidth(@QueryParameter String value) {
            return DocSpaceForms.checkNonNegative(value);
        }

        public FormValidation doCheckHeight(@QueryParameter String value) {
            return DocSpaceForms.checkNonNegative(value);
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String serverUrl,
                                                     @QueryParameter String credentialsId) {
            return PhotoStepDescriptorSupport.fillCredentialsIdItems(item, serverUrl, credentialsId);
        }

        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String serverUrl,
                                                   @QueryParameter String value) {
            return PhotoStepDescriptorSupport.checkCredentialsId(item, serverUrl, value);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String serverUrl,
                                               @QueryParameter String credentialsId) {
            return PhotoStepDescriptorSupport.testConnection(item, serverUrl, credentialsId);
        }
    }
}
