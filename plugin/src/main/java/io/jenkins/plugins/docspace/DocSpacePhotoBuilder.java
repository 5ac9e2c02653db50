package io.jenkins.plugins.docspace;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Util;
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
 * The freestyle "DocSpace user photo" build step: the same fields, form, checks and execution as the
 * {@code docspacePhoto} Pipeline step; {@code ${VARS}} in text fields are expanded. Its fields are its own, so a
 * job's {@code config.xml} names them directly. Its symbol differs from the step's function name so that the two
 * never clash in a Pipeline.
 */
public class DocSpacePhotoBuilder extends Builder implements SimpleBuildStep {

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
    public DocSpacePhotoBuilder(String action, String userId) {
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
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new DocSpacePhotoExecution(parameters().expand(env), run, workspace, listener).run();
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
