package org.clusteratlas.organization.search;

import org.clusteratlas.organization.ProfileStatus;
import org.clusteratlas.organization.Visibility;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The visibility rules as index filters. Given a factory rooted at an organization (the organization index itself, or
 * the organization embedded in a contact), they restrict hits to what the viewer may see. Text matches in a section
 * with its own visibility are wrapped in {@link #section}, so hidden text can neither make an organization match nor
 * count in a facet.
 */
final class SearchPredicates {

    private SearchPredicates() {}

    /** Organizations the viewer may see at all: published and visible to them, or theirs to edit. */
    static PredicateFinalStep visibleOrganizations(SearchPredicateFactory f, Viewer viewer) {
        if (viewer.admin()) {
            return f.matchAll();
        }
        var visible = f.bool().should(f.match().field("visibility").matching(Visibility.PUBLIC));
        if (!viewer.anonymous() && !viewer.member().isEmpty()) {
            visible.should(f.bool()
                    .must(f.match().field("visibility").matching(Visibility.MEMBERS))
                    .must(fellowMembers(f, viewer)));
        }
        var any = f.bool()
                .should(f.bool()
                        .mustNot(f.match().field("status").matching(ProfileStatus.DRAFT))
                        .must(visible));
        if (!viewer.editable().isEmpty()) {
            any.should(f.terms().field("key").matchingAny(viewer.editable()));
        }
        if (!viewer.managed().isEmpty()) {
            any.should(f.terms().field("networks").matchingAny(viewer.managed()));
        }
        return any;
    }

    /** The clause only counts where the viewer may read the section whose level is in {@code levelField}. */
    static PredicateFinalStep section(
            SearchPredicateFactory f, Viewer viewer, String levelField, PredicateFinalStep clause) {
        if (viewer.admin()) {
            return clause;
        }
        var allowed = f.bool().should(f.match().field(levelField).matching(Visibility.PUBLIC));
        if (!viewer.anonymous() && !viewer.member().isEmpty()) {
            allowed.should(f.bool()
                    .must(f.match().field(levelField).matching(Visibility.MEMBERS))
                    .must(fellowMembers(f, viewer)));
        }
        if (!viewer.editable().isEmpty()) {
            allowed.should(f.terms().field("key").matchingAny(viewer.editable()));
        }
        if (!viewer.managed().isEmpty()) {
            allowed.should(f.terms().field("networks").matchingAny(viewer.managed()));
        }
        return f.bool().must(clause).filter(allowed);
    }

    /**
     * The viewer is a fellow member: of one of the organization's own networks, or of a network federated with one
     * of them when the profile is shared in federations.
     */
    private static PredicateFinalStep fellowMembers(SearchPredicateFactory f, Viewer viewer) {
        var fellow = f.bool()
                .should(f.bool()
                        .must(f.terms().field("networks").matchingAny(viewer.member()))
                        .must(f.match().field("federation_shared").matching(true)));
        if (!viewer.own().isEmpty()) {
            fellow.should(f.terms().field("networks").matchingAny(viewer.own()));
        }
        return fellow;
    }
}
