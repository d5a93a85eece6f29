package org.clusteratlas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the message bundles, in both languages: the bundles have the same keys, are clean
 * UTF-8, every key the templates and the code name exists, and no template carries literal text a translator would
 * never see.
 */
class MessagesConsistencyTest {

    static final Path RESOURCES = Path.of("src", "main", "resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path JAVA = Path.of("src", "main", "java");

    /** Text that is not language: punctuation, separators, numbers. */
    static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    static final Set<String> TRANSLATED_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    @Test
    void germanAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Set<String> german = load("messages_de.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(german)).as("keys only in German").isEqualTo(new TreeSet<>(english));
        assertThat(german).hasSizeGreaterThan(100);
    }

    @Test
    void bundlesAreStrictUtf8WithoutReplacementCharacters() throws IOException {
        for (String name : List.of("messages.properties", "messages_de.properties", "messages_en.properties")) {
            String text = strictUtf8(RESOURCES.resolve(name));
            assertThat(text).as(name + " contains U+FFFD").doesNotContain("\uFFFD");
        }
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(strictUtf8(template))
                        .as(template + " contains U+FFFD")
                        .doesNotContain("\uFFFD");
            }
        }
    }

    @Test
    void germanTextHasItsUmlauts() throws IOException {
        // Guards against a bundle saved in ISO-8859-1 or with umlauts lost to "?" or "ae" transliteration.
        Properties german = load("messages_de.properties");
        assertThat(german.getProperty("organization.postalCode.german")).contains("fünf Ziffern");
        assertThat(german.getProperty("nav.admin.mail")).isEqualTo("Postausgang");
    }

    @Test
    void everyKeyNamedInTemplatesExistsInBothLanguages() throws IOException {
        Properties german = load("messages_de.properties");
        Properties english = load("messages_en.properties");
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*)'?[}(' ]");
        Pattern fragmentLabel = Pattern.compile("fragments :: (?:field|textarea)\\('[^']+', '([^']+)'");
        Pattern msgCall = Pattern.compile("#messages\\.msg\\('([^']+)'");
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (Pattern pattern : List.of(key, fragmentLabel, msgCall)) {
                    Matcher matcher = pattern.matcher(html);
                    while (matcher.find()) {
                        String name = matcher.group(1);
                        if (!isKeyOrPrefix(german, name) || !isKeyOrPrefix(english, name)) {
                            missing.add(TEMPLATES.relativize(template) + ": " + name);
                        }
                    }
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing in a bundle")
                .isEmpty();
    }

    @Test
    void everyKeyNamedInTheCodeExistsInBothLanguages() throws IOException {
        Properties german = load("messages_de.properties");
        Properties english = load("messages_en.properties");
        Set<String> prefixes = new TreeSet<>();
        german.stringPropertyNames().stream()
                .filter(k -> k.indexOf('.') > 0)
                .forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        // String literals that look like message keys ("organization.postalCode.german") or keys in validation
        // annotations ("{identity.password.length}").
        Pattern literal = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+){1,5})}?\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    boolean looksLikeKey = prefixes.stream().anyMatch(name::startsWith) && name.indexOf('.') > 0;
                    if (looksLikeKey
                            && !name.startsWith("atlas.")
                            && !name.startsWith("spring.")
                            && (!isKeyOrPrefix(german, name) || !isKeyOrPrefix(english, name))) {
                        missing.add(JAVA.relativize(source) + ": " + name);
                    }
                }
            }
        }
        assertThat(missing)
                .as("message keys used in code but missing in a bundle")
                .isEmpty();
    }

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(template));
                for (Element element : document.getAllElements()) {
                    if (element.hasAttr("th:text") || element.hasAttr("th:utext")) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (HAS_LETTER.matcher(text.text()).find()) {
                            literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> "
                                    + text.text().strip());
                        }
                    }
                    for (Attribute attribute : element.attributes()) {
                        if (TRANSLATED_ATTRIBUTES.contains(attribute.getKey())
                                && HAS_LETTER.matcher(attribute.getValue()).find()
                                && !isInputValue(element, attribute)) {
                            literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                    + attribute.getValue() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates (use th:text with a message key)")
                .isEmpty();
    }

    /** A form control's value attribute is data, not text for people ({@code value="true"}). */
    private static boolean isInputValue(Element element, Attribute attribute) {
        return attribute.getKey().equals("value")
                && Set.of("input", "button", "option").contains(element.tagName())
                && !element.attr("type").equals("submit");
    }

    private static boolean isKeyOrPrefix(Properties bundle, String name) {
        return bundle.containsKey(name)
                || bundle.stringPropertyNames().stream()
                        .anyMatch(key -> key.startsWith(name.endsWith(".") ? name : name + "."));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(strictUtf8(RESOURCES.resolve(name))));
        return properties;
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }
}
