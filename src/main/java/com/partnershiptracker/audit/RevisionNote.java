package com.partnershiptracker.audit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/**
 * What the current transaction's revision says beyond who and when: a note (an import's file name, a
 * merge), the reviewer who published a draft and, then, the draft's editor as the author. Set it before the transaction's first audited change,
 * because Envers creates the revision at that change; it is forgotten when the transaction ends.
 */
public record RevisionNote(String note, String reviewer, String author) {

    private static final int NOTE_LIMIT = 300;
    private static final int NAME_LIMIT = 60;

    public RevisionNote {
        note = cut(note, NOTE_LIMIT);
        reviewer = cut(reviewer, NAME_LIMIT);
        author = cut(author, NAME_LIMIT);
    }

    public static RevisionNote saying(String note) {
        return new RevisionNote(note, null, null);
    }

    /**
     * A draft published by a reviewer is signed by both: its editor as the revision's author, and the
     * signed-in reviewer as its reviewer.
     */
    public static RevisionNote publishing(String editor, String reviewerName) {
        return new RevisionNote(null, reviewerName, editor);
    }

    public RevisionNote reviewedBy(String reviewerName) {
        return new RevisionNote(note, reviewerName, author);
    }

    public RevisionNote madeBy(String authorName) {
        return new RevisionNote(note, reviewer, authorName);
    }

    /** Attaches this note to the revision of the transaction that is running; there must be one. */
    public void attachToCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A revision note needs a running transaction");
        }
        if (TransactionSynchronizationManager.hasResource(RevisionNote.class)) {
            TransactionSynchronizationManager.unbindResource(RevisionNote.class);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RevisionNote.class);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(RevisionNote.class, this);
    }

    static Optional<RevisionNote> current() {
        return Optional.ofNullable((RevisionNote) TransactionSynchronizationManager.getResource(RevisionNote.class));
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
