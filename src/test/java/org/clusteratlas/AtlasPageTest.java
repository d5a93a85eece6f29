package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Helpers for tests of the HTML pages. Adds no configuration, so subclasses share the cached context of
 * {@link AtlasIntegrationTest}.
 */
public abstract class AtlasPageTest extends AtlasIntegrationTest {

    @Autowired
    protected UserDetailsService userDetailsService;

    /**
     * Signed in as the account with that email: the principal is the application's own, loaded by its
     * {@link UserDetailsService}, exactly as a form login would store it in the session.
     */
    protected RequestPostProcessor signedIn(String email) {
        return user(userDetailsService.loadUserByUsername(email));
    }

    /** Signs in through the login form and returns the session that carries the sign-in. */
    protected MockHttpSession formLogin(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("redirect after signing in as %s", email)
                .isNotNull()
                .doesNotContain("/login");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    protected static String html(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Document page(MvcResult result) {
        return Jsoup.parse(html(result));
    }

    /**
     * The values a browser would submit for the form: enabled text-like inputs, hidden inputs, checked checkboxes and
     * radio buttons, textareas and selected options. Submit buttons and file inputs are left out.
     */
    protected static MultiValueMap<String, String> formValues(Element form) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            if (field.hasAttr("disabled")) {
                continue;
            }
            String name = field.attr("name");
            if (name.equals("_csrf")) {
                // the token belongs to the session of the request that rendered the form; tests add their own
                continue;
            }
            switch (field.tagName()) {
                case "textarea" -> {
                    String text = field.wholeText();
                    values.add(name, text.startsWith("\n") ? text.substring(1) : text);
                }
                case "select" -> {
                    Element selected = field.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = field.selectFirst("option");
                    }
                    if (selected != null) {
                        values.add(name, selected.attr("value"));
                    }
                }
                default -> {
                    String type = field.attr("type");
                    if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                        continue;
                    }
                    values.add(name, field.attr("value"));
                }
            }
        }
        return values;
    }

    /** Replaces the single value of a form field. */
    protected static void set(MultiValueMap<String, String> values, String name, String value) {
        values.put(name, new java.util.ArrayList<>(java.util.List.of(value)));
    }

    /** A request post processor that adds all form values as request parameters. */
    protected static RequestPostProcessor params(Map<String, ? extends java.util.List<String>> values) {
        return request -> {
            values.forEach((name, list) -> request.addParameter(name, list.toArray(String[]::new)));
            return request;
        };
    }
}
