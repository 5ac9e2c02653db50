package io.jenkins.plugins.docspace;

import hudson.Extension;
import hudson.util.ListBoxModel;
import io.github.docspacephoto.client.DocSpacePhotos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Manage Jenkins » System » DocSpace: the servers jobs may use, by name (the first is the default), and whether a
 * step may name a URL that is not in the list. Off by default: otherwise any Pipeline author could make the
 * controller send any credential the job may use to a host of their choosing.
 */
@Extension
@Symbol("docspace")
public class DocSpaceGlobalConfiguration extends GlobalConfiguration {

    private List<DocSpaceServer> servers = new ArrayList<>();
    private boolean allowUnlistedServers;

    public DocSpaceGlobalConfiguration() {
        load();
    }

    public static DocSpaceGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(DocSpaceGlobalConfiguration.class);
    }

    public List<DocSpaceServer> getServers() {
        return servers == null ? List.of() : List.copyOf(servers);
    }

    @DataBoundSetter
    public void setServers(List<DocSpaceServer> servers) {
        this.servers = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
        // settings changed: clients built for the old ones are closed
        DocSpacePhotos.clearCache();
        save();
    }

    public boolean isAllowUnlistedServers() {
        return allowUnlistedServers;
    }

    @DataBoundSetter
    public void setAllowUnlistedServers(boolean allowUnlistedServers) {
        this.allowUnlistedServers = allowUnlistedServers;
        save();
    }

    /** A form without servers or without the box ticked sends neither, so both are reset first. */
    @Override
    public boolean configure(StaplerRequest2 request, JSONObject json) throws FormException {
        servers = new ArrayList<>();
        allowUnlistedServers = false;
        request.bindJSON(this, json);
        DocSpacePhotos.clearCache();
        save();
        return true;
    }

    /** The server with this name, or the first when the name is blank. */
    Optional<DocSpaceServer> server(String name) {
        List<DocSpaceServer> all = getServers();
        if (name == null || name.isBlank()) {
            return all.stream().findFirst();
        }
        return all.stream().filter(server -> name.trim().equals(server.getName())).findFirst();
    }

    List<String> names() {
        return getServers().stream().map(DocSpaceServer::getName).toList();
    }

    /** The server dropdown of the step and the builder: empty for the default, then each name. */
    ListBoxModel serverItems() {
        ListBoxModel items = new ListBoxModel();
        items.add("(default: the first server)", "");
        names().forEach(name -> items.add(name, name));
        return items;
    }
}
