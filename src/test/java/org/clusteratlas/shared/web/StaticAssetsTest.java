package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.AtlasPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class StaticAssetsTest extends AtlasPageTest {

    @Test
    void pagesLinkAssetsUnderContentHashedNamesThatAreCachedForAYear() throws Exception {
        String html = html(getAs("/", null));
        Matcher css = Pattern.compile("/css/atlas-[0-9a-f]{32}\\.css").matcher(html);
        assertThat(css.find()).as("content-hashed stylesheet link in %s", html).isTrue();
        assertThat(html).containsPattern("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js");

        MvcResult stylesheet = getAs(css.group(), null);

        assertThat(stylesheet.getResponse().getStatus()).isEqualTo(200);
        assertThat(stylesheet.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
        Matcher icon = Pattern.compile("/favicon-[0-9a-f]{32}\\.svg").matcher(html);
        assertThat(icon.find()).as("content-hashed icon link").isTrue();
        assertThat(getAs(icon.group(), null).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void pagesAndUnknownPathsAreNotLookedUpAsFiles() throws Exception {
        assertThat(getAs("/atlas.css", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(getAs("/static/css/atlas.css", null).getResponse().getStatus())
                .isEqualTo(404);
    }
}
