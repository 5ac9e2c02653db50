package io.jenkins.plugins.docspace;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import jenkins.model.Jenkins;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle "DocSpace user photo" build step: the same fields and the same execution as the
 * {@code docspacePhoto} Pipeline step; {@code ${VARS}} in text fields are expanded. Its symbol differs from the
 * step's function name so that the two never clash in a Pipeline.
 */
public class DocSpacePhotoBuilder extends Builder implements SimpleBuildStep {

    private final PhotoStepParameters parameters;

    @DataBoundConstructor
    public DocSpacePhotoBuilder(String action, String userId) {
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
        parameters.file = DocSpacePhotoStep.emptyToNull(file);
    }

    public String getUrl() {
        return parameters.url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        parameters.url = DocSpacePhotoStep.emptyToNull(url);
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
        parameters.tmpFile = DocSpacePhotoStep.emptyToNull(tmpFile);
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
        parameters.serverUrl = DocSpacePhotoStep.emptyToNull(serverUrl);
    }

    public String getCredentialsId() {
        return parameters.credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        parameters.credentialsId = DocSpacePhotoStep.emptyToNull(credentialsId);
    }

    public boolean isFailOnError() {
        return parameters.failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        parameters.failOnError = failOnError;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new DocSpacePhotoExecution(parameters.expand(env), run, workspace, listener).run();
    }

    @Extension
    @Symbol("docspacePhotoBuilder")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "DocSpace user photo";
        }

        /** The step's help pages serve both, as the fields are the same. */
        @Override
        public String getHelpFile(String fieldName) {
            return Jenkins.get().getDescriptorOrDie(DocSpacePhotoStep.class).getHelpFile(fieldName);
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
