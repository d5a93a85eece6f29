package org.clusteratlas.organization.web;

import org.clusteratlas.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout whether to offer "matches for my company": only people who edit an organization have needs and
 * offers of their own to match. The current user is loaded once per request anyway, so this costs no query.
 */
@ControllerAdvice(annotations = Controller.class)
class MatchmakingNavigation {

    private final CurrentUsers currentUsers;

    MatchmakingNavigation(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("editsOrganizations")
    boolean editsOrganizations() {
        return !currentUsers.current().editableOrganizations().isEmpty();
    }
}
