package org.clusteratlas.portal.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clusteratlas.shared.LocalizedText;

/** A page of the platform's operator, such as the imprint; plain text in German and English. */
@Entity
@Table(name = "site_page")
public class SitePage {

    public enum Kind {
        IMPRINT("imprint"),
        PRIVACY("privacy");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    @Id
    @Column(length = 30)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "content_de", length = 50000)),
        @AttributeOverride(name = "en", column = @Column(name = "content_en", length = 50000))
    })
    private LocalizedText content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected SitePage() {}

    public SitePage(Kind kind) {
        this.slug = kind.slug();
        this.content = LocalizedText.empty();
        this.updatedAt = Instant.now();
    }

    public LocalizedText getContent() {
        return content == null ? LocalizedText.empty() : content;
    }

    public void write(LocalizedText content) {
        this.content = content;
        this.updatedAt = Instant.now();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
