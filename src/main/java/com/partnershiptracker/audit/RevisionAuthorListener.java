package com.partnershiptracker.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs each revision with the signed-in user, or "system" for changes made at start-up, and moves the change stamp once it commits. */
public class RevisionAuthorListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String author = authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
        ((Revision) revision).madeBy(author.length() > 60 ? author.substring(0, 60) : author);
        RevisionNote.current().ifPresent(((Revision) revision)::describedAs);
        ChangeStamp.countCommitOfCurrentTransaction();
    }
}
