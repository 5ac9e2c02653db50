package io.jenkins.plugins.docspace;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/**
 * Every form method of the global configuration, the step and the builder, called over HTTP as each kind of user
 * would: who gets an answer, who may make Jenkins contact a server, and who may see which credentials exist. No
 * answer ever holds a secret.
 */
public class WebMethodPermissionsTest {

    private static final String SERVER_FORM = "descriptorByName/" + DocSpaceServer.class.getName() + "/";
    private static final String STEP_FORM = "job/pipeline/descriptorByName/" + DocSpacePhotoStep.class.getName() + "/";
    private static final String BUILDER_FORM = "job/freestyle/descriptorByName/" + DocSpacePhotoBuilder.class.getName()
            + "/";

    /** What anonymous users get instead of an answer: Jenkins' sign-in page. */
    private static final String SIGN_IN = "sign-in page";

    /** Who calls, with the permissions granted in {@link #secure()}. */
    private enum Who {
        ANONYMOUS, OVERALL_READ, ITEM_READ, ITEM_CONFIGURE, ADMINISTER;

        String user() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final JenkinsRule j = new JenkinsRule();
    private final DocSpaceTestSupport docspace = new DocSpaceTestSupport(j);

    @Rule
    public RuleChain rules = RuleChain.outerRule(j).around(docspace);

    @Before
    public void secure() throws Exception {
        WorkflowJob pipeline = j.createProject(WorkflowJob.class, "pipeline");
        FreeStyleProject freestyle = j.createFreeStyleProject("freestyle");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(Who.ADMINISTER.user())
                .grant(Jenkins.READ).everywhere().to(Who.OVERALL_READ.user(), Who.ITEM_READ.user(),
                        Who.ITEM_CONFIGURE.user())
                .grant(Item.READ).onItems(pipeline, freestyle).to(Who.ITEM_READ.user(), Who.ITEM_CONFIGURE.user())
                .grant(Item.CONFIGURE).onItems(pipeline, freestyle).to(Who.ITEM_CONFIGURE.user()));
    }

    @Test
    public void everyFormMethodAnswersOnlyThoseAllowedAndNeverShowsASecret() throws Exception {
        String emulator = docspace.emulator.baseUri().toString();
        Map<String, String> globalReads = new LinkedHashMap<>();
        globalReads.put("checkName", "value=local");
        globalReads.put("checkServerUrl", "value=" + emulator);
        globalReads.put("checkConnectTimeoutSeconds", "value=5");
        globalReads.put("checkReadTimeoutSeconds", "value=5");
        globalReads.put("fillCredentialsIdItems", "serverUrl=" + emulator);
        globalReads.put("checkCredentialsId", "serverUrl=" + emulator + "&value=" + DocSpaceTestSupport.LOGIN_ID);
        Map<String, String> jobReads = new LinkedHashMap<>();
        jobReads.put("fillActionItems", "");
        jobReads.put("checkUserId", "value=user");
        jobReads.put("checkFile", "value=avatars/john.png");
        jobReads.put("checkUrl", "value=https://example.com/john.png");
        for (String field : List.of("X", "Y", "Width", "Height")) {
            jobReads.put("check" + field, "value=10");
        }
        jobReads.put("fillServerItems", "");
        jobReads.put("checkServer", "value=local");
        jobReads.put("checkServerUrl", "value=");
        jobReads.put("fillCredentialsIdItems", "server=local");
        jobReads.put("checkCredentialsId", "server=local&value=" + DocSpaceTestSupport.LOGIN_ID);

        List<String> table = new ArrayList<>();
        table.add("| web method | anonymous | Overall/Read | Item/Read | Item/Configure | Administer |");
        table.add("|---|---|---|---|---|---|");
        for (var read : globalReads.entrySet()) {
            table.add(row(SERVER_FORM, read.getKey(), read.getValue(), false,
                    answers(SIGN_IN, "200", "200", "200", "200"), Who.ADMINISTER));
        }
        table.add(row(SERVER_FORM, "testConnection", "serverUrl=" + emulator + "&credentialsId="
                + DocSpaceTestSupport.TOKEN_ID, true, answers(SIGN_IN, "403", "403", "403", "200"), Who.ADMINISTER));
        for (String form : List.of(STEP_FORM, BUILDER_FORM)) {
            for (var read : jobReads.entrySet()) {
                table.add(row(form, read.getKey(), read.getValue(), false,
                        answers(SIGN_IN, "404", "200", "200", "200"), Who.ITEM_CONFIGURE));
            }
            table.add(row(form, "testConnection", "server=local&credentialsId=" + DocSpaceTestSupport.TOKEN_ID, true,
                    answers(SIGN_IN, "404", "403", "200", "200"), Who.ITEM_CONFIGURE));
        }
        System.out.println(String.join("\n", table));
    }

    @Test
    public void testConnectionAnswersOnlyAPostWithACrumb() throws Exception {
        String query = "serverUrl=" + encode(docspace.emulator.baseUri().toString()) + "&credentialsId="
                + DocSpaceTestSupport.TOKEN_ID;
        for (String form : List.of(SERVER_FORM + "testConnection?" + query,
                STEP_FORM + "testConnection?server=local", BUILDER_FORM + "testConnection?server=local")) {
            JenkinsRule.WebClient admin = client(Who.ADMINISTER);
            // @POST: a GET finds no method at all
            assertEquals(form, 404, send(admin, form, HttpMethod.GET, false).getWebResponse().getStatusCode());
            assertEquals(form, 403, send(admin, form, HttpMethod.POST, false).getWebResponse().getStatusCode());
            assertEquals(form, 200, send(admin, form, HttpMethod.POST, true).getWebResponse().getStatusCode());
        }
        assertEquals("only the three POSTs with a crumb reached DocSpace", 3,
                docspace.emulator.requestLog().requests().size());
    }

    /**
     * Calls one method as every user; asserts the status each gets, that no answer holds a secret, and that the
     * credentials (and for a job, the server names) are listed only from {@code listsFrom} up. A table row.
     */
    private String row(String form, String method, String query, boolean post, Map<Who, String> expected,
                       Who listsFrom) throws Exception {
        StringBuilder row = new StringBuilder("| `" + shortName(form) + method + "`" + (post ? " (POST)" : "") + " |");
        for (Who who : Who.values()) {
            Page page = send(client(who), form + method + "?" + encodeValues(query),
                    post ? HttpMethod.POST : HttpMethod.GET, post);
            int status = page.getWebResponse().getStatusCode();
            String body = page.getWebResponse().getContentAsString();
            String where = who + " " + method + " of " + form + ": " + body;
            String outcome = body.contains("<title>Sign in - Jenkins</title>") ? SIGN_IN : String.valueOf(status);
            assertEquals(where, expected.get(who), outcome);
            assertFalse(where, body.contains(docspace.user.token()));
            assertFalse(where, body.contains(docspace.user.password()));
            boolean mayList = who.ordinal() >= listsFrom.ordinal() && outcome.equals("200");
            boolean lists = method.equals("fillCredentialsIdItems") || method.equals("fillServerItems");
            if (method.equals("fillCredentialsIdItems")) {
                assertEquals(where, mayList, body.contains(DocSpaceTestSupport.TOKEN_ID));
                assertEquals(where, mayList, body.contains(DocSpaceTestSupport.WRONG_ID));
            } else if (method.equals("fillServerItems")) {
                assertEquals(where, mayList, body.contains("\"local\""));
            } else if (method.equals("testConnection") && outcome.equals("200")) {
                assertTrue(where, body.contains("the credentials were accepted"));
            }
            row.append(' ').append(outcome).append(outcome.equals("200") && !mayList && lists
                    ? " (empty)" : "").append(" |");
        }
        return row.toString();
    }

    /** What each user gets, in the order of {@link Who}. */
    private static Map<Who, String> answers(String... outcomes) {
        Map<Who, String> answers = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            answers.put(who, outcomes[who.ordinal()]);
        }
        return answers;
    }

    private JenkinsRule.WebClient client(Who who) throws Exception {
        JenkinsRule.WebClient client = j.createWebClient().withThrowExceptionOnFailingStatusCode(false)
                .withRedirectEnabled(false);
        if (who != Who.ANONYMOUS) {
            client.login(who.user());
        }
        client.setJavaScriptEnabled(false);
        return client;
    }

    private Page send(JenkinsRule.WebClient client, String path, HttpMethod method, boolean crumb) throws Exception {
        WebRequest request = new WebRequest(new URL(j.getURL(), path), method);
        if (crumb) {
            client.addCrumb(request);
        }
        return client.getPage(request);
    }

    private static String shortName(String form) {
        return form.contains("Step") ? "step/" : form.contains("Builder") ? "builder/" : "server/";
    }

    /** {@code a=b&c=d} with each value URL-encoded. */
    private static String encodeValues(String query) {
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            pairs.add(equals < 0 ? pair : pair.substring(0, equals + 1) + encode(pair.substring(equals + 1)));
        }
        return String.join("&", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
