package org.clusteratlas.jobs.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.jobs.PostingView;

/** RSS 2.0 feeds of postings, written by ROME. */
final class JobFeeds {

    private JobFeeds() {}

    static String rss(
            String title,
            String link,
            String description,
            List<PostingView> postings,
            String siteUrl,
            Locale locale,
            java.time.ZoneId zone) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setDescription(description);
        feed.setLanguage(locale.getLanguage());
        feed.setEntries(postings.stream()
                .map(p -> {
                    SyndEntry entry = new SyndEntryImpl();
                    entry.setTitle(p.title().in(locale) + " – " + p.organizationName());
                    entry.setLink(siteUrl + p.path());
                    entry.setUri(siteUrl + p.path());
                    if (p.datePosted() != null) {
                        entry.setPublishedDate(
                                Date.from(p.datePosted().atStartOfDay(zone).toInstant()));
                    }
                    SyndContentImpl content = new SyndContentImpl();
                    content.setType("text/plain");
                    String text = p.description().in(locale);
                    content.setValue((p.places().isEmpty() ? "" : p.places() + "\n")
                            + (text == null ? "" : text.length() > 500 ? text.substring(0, 499) + "…" : text));
                    entry.setDescription(content);
                    return entry;
                })
                .toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Feed could not be written", e);
        }
    }
}
